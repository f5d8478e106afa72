package core

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

func collect[T any](t *testing.T, seq func(func(T, error) bool)) ([]T, error) {
	t.Helper()
	var items []T
	for item, err := range seq {
		if err != nil {
			return items, err
		}
		items = append(items, item)
	}
	return items, nil
}

func ids(models []testModel) string {
	out := make([]string, len(models))
	for i, m := range models {
		out[i] = m.ID
	}
	return strings.Join(out, ",")
}

func TestIterateOffset(t *testing.T) {
	s := newServer(t,
		reply{status: 200, body: `{"items":[{"id":"a"},{"id":"b"}],"total":5}`},
		reply{status: 200, body: `{"items":[{"id":"c"},{"id":"d"}],"total":5}`},
		reply{status: 200, body: `{"items":[{"id":"e"}],"total":5}`})
	c := newTestClient(t, s, newFakeClock())
	items, err := collect(t, Iterate[testModel](context.Background(), c, opOffset,
		OperationParams{Query: map[string]any{"limit": 2}}, nil))
	if err != nil || ids(items) != "a,b,c,d,e" {
		t.Fatalf("items %s err %v", ids(items), err)
	}
	var queries []string
	for _, r := range s.seen() {
		queries = append(queries, r.Query)
	}
	if want := []string{"limit=2", "limit=2&offset=2", "limit=2&offset=4"}; !slices.Equal(queries, want) {
		t.Fatalf("queries %v", queries)
	}
}

func TestIterateOffsetStopsOnAnEmptyOrShortPageAndIsLazy(t *testing.T) {
	s := newServer(t,
		reply{status: 200, body: `{"items":[{"id":"a"},{"id":"b"}]}`},
		reply{status: 200, body: `{"items":[]}`})
	c := newTestClient(t, s, newFakeClock())
	items, _ := collect(t, Iterate[testModel](context.Background(), c, opOffset, OperationParams{}, nil))
	if ids(items) != "a,b" || len(s.seen()) != 2 {
		t.Fatalf("items %s after %d pages", ids(items), len(s.seen()))
	}
	for range Iterate[testModel](context.Background(), c, opOffset, OperationParams{}, nil) {
		break
	}
	if len(s.seen()) != 3 {
		t.Fatalf("breaking out must not fetch more pages: %d", len(s.seen()))
	}
	short := newServer(t, reply{status: 200, body: `{"items":[{"id":"a"}]}`})
	c = newTestClient(t, short, newFakeClock())
	_, _ = collect(t, Iterate[testModel](context.Background(), c, opOffset, OperationParams{Query: map[string]string{"limit": "2"}}, nil))
	if len(short.seen()) != 1 {
		t.Fatalf("a short page is the last: %d pages", len(short.seen()))
	}
}

func TestIteratePagePerPage(t *testing.T) {
	s := newServer(t,
		reply{status: 200, body: `{"repositories":[{"id":1},{"id":2}],"total_count":3}`},
		reply{status: 200, body: `{"repositories":[{"id":3}],"total_count":3}`})
	c := newTestClient(t, s, newFakeClock())
	items, err := collect(t, Iterate[map[string]any](context.Background(), c, opPage,
		OperationParams{Query: map[string]any{"per_page": 2}}, nil))
	if err != nil || len(items) != 3 || items[2]["id"] != float64(3) {
		t.Fatalf("items %v err %v", items, err)
	}
	if q := s.seen()[1].Query; q != "page=2&per_page=2" {
		t.Fatalf("second query %s", q)
	}
	stop := newServer(t, reply{status: 200, body: `{"repositories":[{"id":1},{"id":2}],"total_count":2}`})
	c = newTestClient(t, stop, newFakeClock())
	_, _ = collect(t, Iterate[map[string]any](context.Background(), c, opPage, OperationParams{}, nil))
	if len(stop.seen()) != 1 {
		t.Fatalf("page * per_page reached the total: %d pages", len(stop.seen()))
	}
}

func TestIterateCursor(t *testing.T) {
	s := newServer(t,
		reply{status: 200, body: `{"lines":[{"m":1}],"next_cursor":"c1","has_more":true}`},
		reply{status: 200, body: `{"lines":[{"m":2}],"next_cursor":"c2","has_more":true}`},
		reply{status: 200, body: `{"lines":[{"m":3}],"next_cursor":"c2","has_more":true}`})
	c := newTestClient(t, s, newFakeClock())
	items, err := collect(t, c.Iterate(context.Background(), "listLogs", OperationParams{}))
	if err != nil || len(items) != 3 {
		t.Fatalf("items %v err %v", items, err)
	}
	var queries []string
	for _, r := range s.seen() {
		queries = append(queries, r.Query)
	}
	if want := []string{"", "cursor=c1", "cursor=c2"}; !slices.Equal(queries, want) {
		t.Fatalf("queries %v (a cursor that does not move ends it)", queries)
	}
	done := newServer(t, reply{status: 200, body: `{"lines":[{"m":1}],"next_cursor":"c1","has_more":false}`})
	c = newTestClient(t, done, newFakeClock())
	_, _ = collect(t, c.Iterate(context.Background(), "listLogs", OperationParams{}))
	if len(done.seen()) != 1 {
		t.Fatalf("has_more false is the last page: %d", len(done.seen()))
	}
}

func TestIterateErrorsEndTheSequence(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"items":[{"id":"a"}],"total":3}`}, reply{status: 404})
	c := newTestClient(t, s, newFakeClock())
	items, err := collect(t, Iterate[testModel](context.Background(), c, opOffset, OperationParams{}, nil))
	var nf *NotFoundError
	if ids(items) != "a" || !errors.As(err, &nf) {
		t.Fatalf("items %s err %v", ids(items), err)
	}
	_, err = collect(t, Iterate[testModel](context.Background(), c, opGet, thing, nil))
	if err == nil || !strings.Contains(err.Error(), "not paginated") {
		t.Fatalf("not paginated: %v", err)
	}
}

func TestWaitUntilTerminal(t *testing.T) {
	s := newServer(t,
		reply{status: 200, body: `{"id":"x","status":"running"}`},
		reply{status: 200, body: `{"id":"x","status":"queued"}`},
		reply{status: 200, body: `{"id":"x","status":"done"}`})
	clock := newFakeClock()
	c := newTestClient(t, s, clock)
	m, err := Wait[*testModel](context.Background(), c, opGet, thing, []RequestOption{WithPollInterval(3 * time.Second)})
	if err != nil || m.Status != testStatusDone || len(s.seen()) != 3 {
		t.Fatalf("got %+v err %v after %d polls", m, err, len(s.seen()))
	}
	if got := clock.slept(); !slices.Equal(got, []time.Duration{3 * time.Second, 3 * time.Second}) {
		t.Fatalf("sleeps %v", got)
	}
	failed := newServer(t, reply{status: 200, body: `{"id":"x","status":"failed"}`})
	c = newTestClient(t, failed, newFakeClock())
	if m, err := Wait[*testModel](context.Background(), c, opGet, thing, nil); err != nil || m.Status != "failed" {
		t.Fatalf("failed is terminal too: %v", err)
	}
}

func TestWaitTimesOutWithTheLastResult(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"id":"x","status":"running"}`})
	clock := newFakeClock()
	c := newTestClient(t, s, clock)
	_, err := Wait[*testModel](context.Background(), c, opGet, thing,
		[]RequestOption{WithWaitTimeout(5 * time.Second), WithPollInterval(2 * time.Second)})
	var timeout *WaiterTimeoutError
	if !errors.As(err, &timeout) || timeout.Value != "running" || timeout.Last.(*testModel).ID != "x" {
		t.Fatalf("got %v", err)
	}
	if want := `getThing: status is still "running" after 5s (waiting for done, failed)`; err.Error() != want {
		t.Fatalf("message %q", err.Error())
	}
	if got := clock.slept(); !slices.Equal(got, []time.Duration{2 * time.Second, 2 * time.Second, time.Second}) {
		t.Fatalf("sleeps %v", got)
	}
}

func TestWaitStopsOnAnError(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"status":"running"}`}, reply{status: 404})
	c := newTestClient(t, s, newFakeClock())
	_, err := Wait[*testModel](context.Background(), c, opGet, thing, nil)
	var nf *NotFoundError
	if !errors.As(err, &nf) {
		t.Fatalf("got %v", err)
	}
	if _, err := Wait[*testModel](context.Background(), c, opOffset, OperationParams{}, nil); err == nil {
		t.Fatal("an operation without a waiter must be refused")
	}
}

func TestTailFollowsCursorsAndPolls(t *testing.T) {
	s := newServer(t,
		reply{status: 200, body: `{"lines":[{"m":"1"},{"m":"2"}],"next_cursor":"c1","has_more":false}`},
		reply{status: 200, body: `{"lines":[],"next_cursor":"","has_more":false}`},
		reply{status: 200, body: `{"lines":[{"m":"3"}],"next_cursor":"c2","has_more":true}`},
		reply{status: 200, body: `{"lines":[{"m":"4"}],"next_cursor":"c3","has_more":false}`})
	clock := newFakeClock()
	c := newTestClient(t, s, clock)
	var lines []string
	for line, err := range Tail[map[string]any](context.Background(), c, opCursor,
		OperationParams{Query: map[string]any{"limit": 50}}, []RequestOption{WithMaxPolls(4)}) {
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, fmt.Sprint(line["m"]))
	}
	if strings.Join(lines, ",") != "1,2,3,4" {
		t.Fatalf("lines %v", lines)
	}
	var queries []string
	for _, r := range s.seen() {
		queries = append(queries, r.Query)
	}
	want := []string{"direction=forward&limit=50", "cursor=c1&direction=forward&limit=50",
		"cursor=c1&direction=forward&limit=50", "cursor=c2&direction=forward&limit=50"}
	if !slices.Equal(queries, want) {
		t.Fatalf("queries %v", queries)
	}
	// ~2 s after each poll with nothing more; none after has_more; none after the last poll.
	if got := clock.slept(); !slices.Equal(got, []time.Duration{2 * time.Second, 2 * time.Second}) {
		t.Fatalf("sleeps %v", got)
	}
}

func TestTailFullPagePollsAtOnceAndStopsWithTheLoopOrContext(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"lines":[{"m":"1"},{"m":"2"}],"next_cursor":"c","has_more":false}`})
	clock := newFakeClock()
	c := newTestClient(t, s, clock)
	count := 0
	for _, err := range c.Tail(context.Background(), "listLogs", OperationParams{Query: map[string]string{"limit": "2"}}) {
		if err != nil {
			t.Fatal(err)
		}
		if count++; count == 5 {
			break
		}
	}
	if len(clock.slept()) != 0 || len(s.seen()) != 3 {
		t.Fatalf("full pages poll at once: sleeps %v polls %d", clock.slept(), len(s.seen()))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := collect(t, c.Tail(ctx, "listLogs", OperationParams{}))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("a cancelled context ends the tail with its error: %v", err)
	}
	_, err = collect(t, Tail[any](context.Background(), c, opOffset, OperationParams{}, nil))
	if err == nil || !strings.Contains(err.Error(), "cannot be tailed") {
		t.Fatalf("not tailable: %v", err)
	}
}
