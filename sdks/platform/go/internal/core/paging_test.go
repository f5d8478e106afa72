package core

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
)

// The one pager across the newer styles: a token at any depth (Kubernetes), a
// next-page URL in the body (Twilio), a Link header (GitHub), has_more with
// starting_after the last id (Stripe) and page/limit without a total.

func listOp(id string, pg *Pagination) *Operation {
	return &Operation{
		ID: id, Method: "GET", Path: "/" + id,
		Params: []Param{
			{Name: "limit", In: InQuery, Style: "form", Explode: true},
			{Name: "continue", In: InQuery, Style: "form", Explode: true},
			{Name: "starting_after", In: InQuery, Style: "form", Explode: true},
			{Name: "page", In: InQuery, Style: "form", Explode: true},
		},
		Responses:  []Response{{Status: "200", Kind: ResponseJSON}},
		Pagination: pg,
	}
}

var (
	opK8s = listOp("pods", &Pagination{Style: "cursor", Items: []string{"items"}, Param: "continue", SizeParam: "limit",
		Next: []string{"metadata", "continue"}, Stop: []string{"token"}})
	opTwilio = listOp("messages", &Pagination{Style: "next_url", Items: []string{"messages"}, SizeParam: "limit",
		Next: []string{"next_page_uri"}, Stop: []string{"token"}})
	opGitHub = listOp("repos", &Pagination{Style: "link_header", SizeParam: "limit", Stop: []string{"token"}})
	opStripe = listOp("customers", &Pagination{Style: "starting_after", Items: []string{"data"}, Param: "starting_after",
		SizeParam: "limit", Next: []string{"id"}, HasMore: []string{"has_more"}, Stop: []string{"has_more", "empty", "token"}})
	opMuseum = listOp("days", &Pagination{Style: "page", Param: "page", SizeParam: "limit", Stop: []string{"empty", "short"}})
)

func pageThrough(t *testing.T, op *Operation, replies func(base string) []reply) (string, []string) {
	t.Helper()
	s := newServer(t)
	s.replies = replies(s.srv.URL)
	c := newTestClient(t, s, newFakeClock(), WithToken("tok"))
	items, err := collect(t, Iterate[testModel](context.Background(), c, op, OperationParams{Query: map[string]any{"limit": 2}}, nil))
	if err != nil {
		t.Fatalf("%s: %v", op.ID, err)
	}
	var sent []string
	for _, r := range s.seen() {
		if r.Header.Get("Authorization") != "Bearer tok" {
			t.Fatalf("%s: %s sent without the token", op.ID, r.Path)
		}
		sent = append(sent, r.Path+"?"+r.Query)
	}
	return ids(items), sent
}

func TestIterateEveryStyle(t *testing.T) {
	cases := []struct {
		op      *Operation
		replies func(base string) []reply
		sent    []string
	}{
		{opK8s, func(string) []reply {
			return []reply{
				{status: 200, body: `{"items":[{"id":"a"},{"id":"b"}],"metadata":{"continue":"c1"}}`},
				{status: 200, body: `{"items":[{"id":"c"},{"id":"d"}],"metadata":{"continue":"c2"}}`},
				{status: 200, body: `{"items":[{"id":"e"}],"metadata":{}}`},
			}
		}, []string{"/pods?limit=2", "/pods?continue=c1&limit=2", "/pods?continue=c2&limit=2"}},
		{opTwilio, func(string) []reply {
			return []reply{
				{status: 200, body: `{"messages":[{"id":"a"},{"id":"b"}],"next_page_uri":"/messages?limit=2&Page=1&PageToken=PA1"}`},
				{status: 200, body: `{"messages":[{"id":"c"},{"id":"d"}],"next_page_uri":"/messages?limit=2&Page=2&PageToken=PA2"}`},
				{status: 200, body: `{"messages":[{"id":"e"}],"next_page_uri":null}`},
			}
		}, []string{"/messages?limit=2", "/messages?limit=2&Page=1&PageToken=PA1", "/messages?limit=2&Page=2&PageToken=PA2"}},
		{opGitHub, func(base string) []reply {
			link := func(n string) map[string]string {
				return map[string]string{"Link": `<` + base + `/repos?limit=2&page=1>; rel="first", <` + base + `/repos?limit=2&page=` + n + `>; rel="next"`}
			}
			return []reply{
				{status: 200, header: link("2"), body: `[{"id":"a"},{"id":"b"}]`},
				{status: 200, header: link("3"), body: `[{"id":"c"},{"id":"d"}]`},
				{status: 200, body: `[{"id":"e"}]`},
			}
		}, []string{"/repos?limit=2", "/repos?limit=2&page=2", "/repos?limit=2&page=3"}},
		{opStripe, func(string) []reply {
			return []reply{
				{status: 200, body: `{"data":[{"id":"a"},{"id":"b"}],"has_more":true}`},
				{status: 200, body: `{"data":[{"id":"c"},{"id":"d"}],"has_more":true}`},
				{status: 200, body: `{"data":[{"id":"e"}],"has_more":false}`},
			}
		}, []string{"/customers?limit=2", "/customers?limit=2&starting_after=b", "/customers?limit=2&starting_after=d"}},
		{opMuseum, func(string) []reply {
			return []reply{
				{status: 200, body: `[{"id":"a"},{"id":"b"}]`},
				{status: 200, body: `[{"id":"c"},{"id":"d"}]`},
				{status: 200, body: `[{"id":"e"}]`},
			}
		}, []string{"/days?limit=2", "/days?limit=2&page=2", "/days?limit=2&page=3"}},
	}
	for _, tc := range cases {
		got, sent := pageThrough(t, tc.op, tc.replies)
		if got != "a,b,c,d,e" || !slices.Equal(sent, tc.sent) {
			t.Errorf("%s: items %s, sent %v (want %v)", tc.op.ID, got, sent, tc.sent)
		}
	}
}

func TestIterateRefusesANextURLElsewhere(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"messages":[{"id":"a"}],"next_page_uri":"https://evil.test/steal?x=1"}`})
	c := newTestClient(t, s, newFakeClock(), WithToken("tok"))
	items, err := collect(t, Iterate[testModel](context.Background(), c, opTwilio, OperationParams{}, nil))
	var invalid *InvalidArgumentError
	if !errors.As(err, &invalid) || !strings.Contains(err.Error(), "evil.test") || strings.Contains(err.Error(), "x=1") {
		t.Fatalf("err %v", err)
	}
	if ids(items) != "a" || len(s.seen()) != 1 {
		t.Fatalf("items %s, %d requests", ids(items), len(s.seen()))
	}
}

func TestIterateEndsOnAStuckTokenOrAMissingLastID(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"items":[{"id":"a"}],"metadata":{"continue":"c1"}}`})
	c := newTestClient(t, s, newFakeClock())
	items, _ := collect(t, Iterate[testModel](context.Background(), c, opK8s, OperationParams{Query: map[string]any{"continue": "c1"}}, nil))
	if ids(items) != "a" || len(s.seen()) != 1 {
		t.Fatalf("stuck token: items %s, %d requests", ids(items), len(s.seen()))
	}
	s2 := newServer(t, reply{status: 200, body: `{"data":[],"has_more":true}`})
	c2 := newTestClient(t, s2, newFakeClock())
	items, _ = collect(t, Iterate[testModel](context.Background(), c2, opStripe, OperationParams{}, nil))
	if len(items) != 0 || len(s2.seen()) != 1 {
		t.Fatalf("no last id: items %s, %d requests", ids(items), len(s2.seen()))
	}
}

func TestLinkNext(t *testing.T) {
	h := map[string][]string{"Link": {`<https://a.test/x?page=1>; rel="prev first", <https://a.test/x?a=1,2&page=3>; REL=next; title="n"`}}
	if got := linkNext(h); got != "https://a.test/x?a=1,2&page=3" {
		t.Fatalf("got %q", got)
	}
	if got := linkNext(map[string][]string{"Link": {`<https://a.test/x>; rel="last"`}}); got != "" {
		t.Fatalf("got %q", got)
	}
}

// A page by hand: Items, HasNextPage and NextPage walk the same requests as
// Iterate, each page keeps its response, and asking past the last page is
// the SDK's argument error with nothing sent.
func TestPagesByHand(t *testing.T) {
	s := newServer(t,
		reply{status: 200, header: map[string]string{"X-Request-Id": "req_1"}, body: `{"items":[{"id":"a"},{"id":"b"}],"metadata":{"continue":"c1"}}`},
		reply{status: 200, header: map[string]string{"X-Request-Id": "req_2"}, body: `{"items":[{"id":"c"}],"metadata":{}}`},
	)
	c := newTestClient(t, s, newFakeClock())
	ctx := context.Background()
	first, err := FirstPage[testModel](ctx, c, opK8s, OperationParams{Query: map[string]any{"limit": 2}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if ids(first.Items) != "a,b" || !first.HasNextPage() || first.RawResponse().RequestID() != "req_1" {
		t.Fatalf("first page %s, more %v", ids(first.Items), first.HasNextPage())
	}
	second, err := first.NextPage(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if ids(second.Items) != "c" || second.HasNextPage() || second.RawResponse().RequestID() != "req_2" {
		t.Fatalf("second page %s, more %v", ids(second.Items), second.HasNextPage())
	}
	again, err := first.NextPage(ctx) // a page can be asked again: the same next request
	if err != nil || ids(again.Items) != "c" {
		t.Fatalf("again: %v %v", again, err)
	}
	_, err = second.NextPage(ctx)
	var invalid *InvalidArgumentError
	if !errors.As(err, &invalid) || !strings.Contains(err.Error(), "no next page") {
		t.Fatalf("past the end: %T %v", err, err)
	}
	sent := []string{}
	for _, r := range s.seen() {
		sent = append(sent, r.Path+"?"+r.Query)
	}
	if !slices.Equal(sent, []string{"/pods?limit=2", "/pods?continue=c1&limit=2", "/pods?continue=c1&limit=2"}) {
		t.Fatalf("sent %v", sent)
	}
	if _, err := FirstPage[testModel](ctx, c, opGet, OperationParams{}, nil); !errors.As(err, &invalid) {
		t.Fatalf("not paginated: %T %v", err, err)
	}
}
