// Offline search: the search page lists every operation with its words in data-text; this keeps
// the items that contain every word of the query (from ?q= or typed into the box).
(function () {
  "use strict";
  var box = document.getElementById("q");
  var items = Array.prototype.slice.call(document.querySelectorAll("#search-results li"));
  var status = document.getElementById("search-status");
  if (!box || !status) { return; }
  function words(text) {
    return text.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
  }
  function filter() {
    var wanted = words(box.value);
    var shown = 0;
    items.forEach(function (item) {
      var text = (item.getAttribute("data-text") || "").toLowerCase();
      var match = wanted.every(function (w) { return text.indexOf(w) !== -1; });
      item.hidden = !match;
      if (match) { shown += 1; }
    });
    status.textContent = wanted.length === 0
      ? "Every operation (" + items.length + ")."
      : shown + " of " + items.length + " operations match.";
  }
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { box.value = query; }
  box.addEventListener("input", filter);
  filter();
}());
