package core

import (
	"context"
	"encoding/json"
	"iter"
	"math"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// page is one page of a paginated response, as its raw JSON.
type page json.RawMessage

func readPage(raw *RawResponse) (page, error) {
	if !json.Valid(raw.Body) {
		var v any
		return nil, raw.decodeError(json.Unmarshal(raw.Body, &v))
	}
	return page(raw.Body), nil
}

// at is the member at path (wire names) from the page's root; nil where it stops.
func (p page) at(path []string) json.RawMessage {
	current := json.RawMessage(p)
	for _, key := range path {
		var members map[string]json.RawMessage
		if json.Unmarshal(current, &members) != nil {
			return nil
		}
		value, ok := members[key]
		if !ok {
			return nil
		}
		current = value
	}
	return current
}

// items are the raw members of the page's list of items (at path; an empty path: the page).
func (p page) items(path []string) []json.RawMessage {
	var items []json.RawMessage
	if json.Unmarshal(p.at(path), &items) != nil {
		return nil
	}
	return items
}

// integer reads a member as a whole number; false when it is absent or not one.
func (p page) integer(path []string) (int64, bool) {
	if len(path) == 0 {
		return 0, false
	}
	return asInt(decodeAny(p.at(path)))
}

// flag reads a boolean member: true or false, or false/false when it has none.
func (p page) flag(path []string) (value, ok bool) {
	if len(path) == 0 {
		return false, false
	}
	raw := p.at(path)
	err := json.Unmarshal(raw, &value)
	return value, err == nil && len(raw) > 0 && !isNull(raw)
}

// text reads a member as text: a string as it is, a number in decimal; "" for null, absent,
// an object or a list.
func (p page) text(path []string) string {
	value, ok := present(decodeAny(p.at(path)))
	if !ok {
		return ""
	}
	switch value.(type) {
	case map[string]any, []any:
		return ""
	}
	return scalarText(value)
}

func asInt(v any) (int64, bool) {
	v, ok := present(v)
	if !ok {
		return 0, false
	}
	switch x := v.(type) {
	case json.Number:
		f, err := x.Float64()
		if err != nil || f != math.Trunc(f) {
			return 0, false
		}
		return int64(f), true
	case string:
		n, err := strconv.ParseInt(strings.TrimSpace(x), 10, 64)
		return n, err == nil
	case bool:
		return 0, false
	}
	n, err := strconv.ParseInt(scalarText(v), 10, 64)
	return n, err == nil
}

// nextPage is the request for the page after p (fetched with query from
// current): the operation with a new query, or a GET of next; false at the end.
// seen counts the items of every page so far, this one included; link is the
// response's Link rel="next" URL. The descriptor's Stop rules decide the end:
// empty (no items), short (fewer than SizeParam asked for), total (every item
// counted), has_more (the flag is false); a token style also ends when its
// token, id or URL is absent, empty or unchanged.
func nextPage(pg *Pagination, query map[string]any, p page, items []json.RawMessage, seen int, current, link string) (map[string]any, string, bool) {
	stop := func(rule string) bool { return slices.Contains(pg.Stop, rule) }
	if more, ok := p.flag(pg.HasMore); stop("has_more") && ok && !more {
		return nil, "", false
	}
	count := int64(len(items))
	if stop("empty") && count == 0 {
		return nil, "", false
	}
	size, hasSize := int64(0), false
	if pg.SizeParam != "" {
		size, hasSize = asInt(query[pg.SizeParam])
	}
	if stop("short") && hasSize && count < size {
		return nil, "", false
	}
	if total, ok := p.integer(pg.Total); stop("total") && ok && position(pg, query, count, size, hasSize, seen) >= total {
		return nil, "", false
	}
	next := make(map[string]any, len(query)+1)
	for k, v := range query {
		next[k] = v
	}
	switch pg.Style {
	case "offset", "page":
		if pg.Param == "" {
			return nil, "", false
		}
		at, ok := asInt(query[pg.Param])
		if pg.Style == "offset" {
			next[pg.Param] = at + count
		} else {
			if !ok {
				at = 1
			}
			next[pg.Param] = at + 1
		}
		return next, "", true
	}
	// the token styles: a token, an id or a URL moves the iteration on
	var token string
	switch pg.Style {
	case "link_header":
		token = link
	case "starting_after":
		if len(items) > 0 {
			token = page(items[len(items)-1]).text(pg.Next)
		}
	default:
		token = p.text(pg.Next)
	}
	if token == "" {
		return nil, "", false
	}
	if pg.Style == "next_url" || pg.Style == "link_header" {
		base, err := url.Parse(current)
		ref, err2 := url.Parse(token)
		if err != nil || err2 != nil {
			return nil, "", false
		}
		target := base.ResolveReference(ref).String()
		return query, target, target != current
	}
	previous := ""
	if v, ok := present(query[pg.Param]); ok {
		previous = scalarText(v)
	}
	if pg.Param == "" || token == previous {
		return nil, "", false // an unchanged token would fetch the same page forever
	}
	next[pg.Param] = token
	return next, "", true
}

// position is how many items of the whole list lie up to the end of this page.
func position(pg *Pagination, query map[string]any, count, size int64, hasSize bool, seen int) int64 {
	switch {
	case pg.Style == "offset" && pg.Param != "":
		at, _ := asInt(query[pg.Param])
		return at + count
	case pg.Style == "page" && pg.Param != "":
		at, ok := asInt(query[pg.Param])
		if !ok {
			at = 1
		}
		if !hasSize {
			size = count
		}
		return at * size
	}
	return int64(seen)
}

var (
	linkEntry = regexp.MustCompile(`<([^>]*)>((?:\s*;\s*[^;,]+)*)`)
	linkRel   = regexp.MustCompile(`(?i);\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]+))`)
)

// linkNext is the URL of a Link header's rel="next" entry (RFC 8288), or "".
func linkNext(header http.Header) string {
	for _, value := range header.Values("Link") {
		for _, entry := range linkEntry.FindAllStringSubmatch(value, -1) {
			rel := linkRel.FindStringSubmatch(entry[2])
			if rel == nil {
				continue
			}
			for _, name := range strings.Fields(strings.ToLower(rel[1] + rel[2])) {
				if name == "next" {
					return entry[1]
				}
			}
		}
	}
	return ""
}

// Page is one page of a paginated operation: its decoded Items, whether
// another page follows (HasNextPage) and how to fetch it (NextPage). The
// Iterate form ranges over every item of every page instead.
type Page[T any] struct {
	Items []T
	raw   *RawResponse
	// how the next page is fetched
	client *Client
	op     *Operation
	params OperationParams
	opts   []RequestOption
	query  map[string]any // the query of the next page
	next   string         // the URL of the next page ("" for the operation's own)
	more   bool
	seen   int // items of this page and those before it
}

// HasNextPage reports whether another page follows this one.
func (p *Page[T]) HasNextPage() bool {
	return p != nil && p.more
}

// NextPage fetches the page after this one, with the call's parameters and
// options. On the last page (HasNextPage is false) it is an
// *InvalidArgumentError and nothing is sent.
func (p *Page[T]) NextPage(ctx context.Context) (*Page[T], error) {
	if p == nil || p.op == nil {
		return nil, &InvalidArgumentError{Message: "NextPage of a nil page"}
	}
	if !p.more {
		return nil, invalidArgument(p.op, "there is no next page (check HasNextPage)")
	}
	return fetchPage[T](ctx, p.client, p.op, p.params, p.opts, p.query, p.next, p.seen)
}

// RawResponse is the response the page came in (status, headers, RequestID).
func (p *Page[T]) RawResponse() *RawResponse {
	if p == nil {
		return nil
	}
	return p.raw
}

// FirstPage fetches the first page of a paginated operation.
func FirstPage[T any](ctx context.Context, c *Client, op *Operation, params OperationParams, opts []RequestOption) (*Page[T], error) {
	if op.Pagination == nil {
		return nil, invalidArgument(op, "the operation is not paginated")
	}
	query, err := valuesOf(op, "Query", params.Query)
	if err != nil {
		return nil, err
	}
	return fetchPage[T](ctx, c, op, params, opts, query, "", 0)
}

// fetchPage gets one page (the operation with query, or a GET of next) and
// works out the request of the page after it.
func fetchPage[T any](ctx context.Context, c *Client, op *Operation, params OperationParams, opts []RequestOption, query map[string]any, next string, seen int) (*Page[T], error) {
	pg := op.Pagination
	params.Query = query
	raw, err := c.executePage(ctx, op, params, opts, next)
	if err != nil {
		return nil, err
	}
	p, err := readPage(raw)
	if err != nil {
		return nil, err
	}
	items := p.items(pg.Items)
	decoded := make([]T, len(items))
	for i, item := range items {
		if err := json.Unmarshal(item, &decoded[i]); err != nil {
			return nil, raw.decodeError(err)
		}
	}
	seen += len(items)
	link := ""
	if pg.Style == "link_header" {
		link = linkNext(raw.Header)
	}
	nextQuery, nextURL, more := nextPage(pg, query, p, items, seen, raw.sent, link)
	return &Page[T]{Items: decoded, raw: raw, client: c, op: op, params: params, opts: opts,
		query: nextQuery, next: nextURL, more: more, seen: seen}, nil
}

// Iterate ranges over every item of a paginated operation across its pages,
// fetching each page when the loop needs it. An error ends the sequence.
func Iterate[T any](ctx context.Context, c *Client, op *Operation, params OperationParams, opts []RequestOption) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var zero T
		page, err := FirstPage[T](ctx, c, op, params, opts)
		for {
			if err != nil {
				yield(zero, err)
				return
			}
			for _, item := range page.Items {
				if !yield(item, nil) {
					return
				}
			}
			if !page.HasNextPage() {
				return
			}
			page, err = page.NextPage(ctx)
		}
	}
}
