package core

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

var opEvents = &Operation{ID: "streamEvents", Method: "GET", Path: "/events",
	Responses: []Response{{Status: "200", Kind: ResponseEventStream}}}

// chunks is a reader that hands out one chunk per Read, as a network would.
type chunks struct{ parts []string }

func (c *chunks) Read(p []byte) (int, error) {
	if len(c.parts) == 0 {
		return 0, io.EOF
	}
	n := copy(p, c.parts[0])
	c.parts[0] = c.parts[0][n:]
	if c.parts[0] == "" {
		c.parts = c.parts[1:]
	}
	return n, nil
}

func readAll(t *testing.T, parts ...string) []ServerSentEvent {
	t.Helper()
	r := newEventReader(&chunks{parts: parts})
	var events []ServerSentEvent
	for {
		event, err := r.next()
		if errors.Is(err, io.EOF) {
			return events
		}
		if err != nil {
			t.Fatal(err)
		}
		events = append(events, event)
	}
}

func ev(event, data, id string, retry ...time.Duration) ServerSentEvent {
	e := ServerSentEvent{Event: event, Data: data, ID: id}
	if len(retry) > 0 {
		e.Retry = Some(retry[0])
	}
	return e
}

func sameEvents(t *testing.T, got, want []ServerSentEvent) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d events, want %d:\n got %+v\nwant %+v", len(got), len(want), got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("event %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestEventStreamParsingAcrossChunks(t *testing.T) {
	got := readAll(t,
		"\ufeff: keep-alive\r\nevent: deploy\r\nda", "ta: {\"n\":1}\r\nid: 7\r\n\r\n", // BOM, comment, a split field, CRLF
		"data: two\ndata: lines\nretry: 3000\n\n", // multi-line data, retry (LF)
		"data: cr\r\r",                                    // CR line ends
		"data:no-space\ndata:  two spaces\n\n",            // one leading space removed, no more
		"id: a\x00b\nretry: 12x\nevent\n: note\ndata\n\n", // ignored id and retry; a field without colon
		"event: only-type\n\n",                            // no data: nothing dispatched, the type is reset
		"data: split\r", "\n", "\n",                       // CRLF split across chunks
		"data: last\n") // a last event without the blank line
	sameEvents(t, got, []ServerSentEvent{
		ev("deploy", `{"n":1}`, "7"),
		ev("message", "two\nlines", "7", 3*time.Second),
		ev("message", "cr", "7", 3*time.Second),
		ev("message", "no-space\n two spaces", "7", 3*time.Second),
		ev("message", "", "7", 3*time.Second),
		ev("message", "split", "7", 3*time.Second),
		ev("message", "last", "7", 3*time.Second),
	})
}

func TestAnUnfinishedLastLineIsReadAtTheEnd(t *testing.T) {
	sameEvents(t, readAll(t, "data: one\n\n", "data: unterminated"),
		[]ServerSentEvent{ev("message", "one", ""), ev("message", "unterminated", "")})
	sameEvents(t, readAll(t, "data: one\n", "data: two\n\r"), []ServerSentEvent{ev("message", "one\ntwo", "")})
	sameEvents(t, readAll(t, "id: 9\ndata: a\ndata: b"), []ServerSentEvent{ev("message", "a\nb", "9")})
	sameEvents(t, readAll(t, "\ufeffdata: only"), []ServerSentEvent{ev("message", "only", "")})
	sameEvents(t, readAll(t, "data: one\n\n", "event: x"), []ServerSentEvent{ev("message", "one", "")})
	sameEvents(t, readAll(t, ": just a comment"), nil)
	sameEvents(t, readAll(t, "retry: 99999999999999999\nretry: +5\nretry: 5\ndata: r"), // too large, a sign: ignored
		[]ServerSentEvent{ev("message", "r", "", 5*time.Millisecond)})
	sameEvents(t, readAll(t), nil)
}

func TestEventJSON(t *testing.T) {
	var v struct{ N int }
	if err := ev("message", `{"N":3}`, "").JSON(&v); err != nil || v.N != 3 {
		t.Fatalf("%v %v", v, err)
	}
}

// eventServer answers /events: first with the statuses in before, then with a
// stream that writes first, waits for release, then writes rest.
type eventServer struct {
	srv      *httptest.Server
	mu       sync.Mutex
	before   []int
	requests []*http.Request
	first    string
	rest     []string
	release  chan struct{}
	released bool          // release came before the safety timeout
	gone     chan struct{} // closed when a client left an endless stream
	endless  bool
}

func newEventServer(t *testing.T, before []int, first string, rest ...string) *eventServer {
	t.Helper()
	s := &eventServer{before: before, first: first, rest: rest, release: make(chan struct{}), gone: make(chan struct{})}
	s.srv = httptest.NewServer(http.HandlerFunc(s.handle))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *eventServer) handle(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.requests = append(s.requests, r.Clone(context.Background()))
	n := len(s.requests)
	s.mu.Unlock()
	if n <= len(s.before) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(s.before[n-1])
		_, _ = io.WriteString(w, `{"code":"nope","message":"not now"}`)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	flusher := w.(http.Flusher)
	_, _ = io.WriteString(w, s.first)
	flusher.Flush()
	if s.endless {
		for {
			if _, err := io.WriteString(w, "data: tick\n\n"); err != nil {
				break
			}
			flusher.Flush()
			select {
			case <-r.Context().Done():
				close(s.gone)
				return
			case <-time.After(time.Millisecond):
			}
		}
		close(s.gone)
		return
	}
	select {
	case <-s.release:
		s.mu.Lock()
		s.released = true
		s.mu.Unlock()
	case <-time.After(20 * time.Second): // only when the client never saw the first event
	}
	for _, part := range s.rest {
		_, _ = io.WriteString(w, part)
		flusher.Flush()
	}
}

func eventClient(t *testing.T, url string, clock *fakeClock, opts ...RequestOption) *Client {
	t.Helper()
	base := []RequestOption{WithBaseURL(url), WithClock(clock), WithJitter(func() float64 { return 1 })}
	c, err := NewClient(Info{Name: "testsdk", Version: "1", Operations: []*Operation{opEvents, opGet}},
		append(base, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestStreamYieldsEventsAsTheyArriveAfterRetries(t *testing.T) {
	s := newEventServer(t, []int{503}, "event: deploy\ndata: {\"n\":1}\nid: 7\n\n",
		"data: two\r\n", "data: lines\r\nretry: 3000\r\n\r\n", ": bye\n", "data: last\n")
	clock := newFakeClock()
	c := eventClient(t, s.srv.URL, clock)
	var got []ServerSentEvent
	for event, err := range c.Stream(context.Background(), "streamEvents", OperationParams{}) {
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 {
			close(s.release) // the rest is written only now: the first event came alone
		}
		got = append(got, event)
	}
	sameEvents(t, got, []ServerSentEvent{
		ev("deploy", `{"n":1}`, "7"),
		ev("message", "two\nlines", "7", 3*time.Second),
		ev("message", "last", "7", 3*time.Second),
	})
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.released {
		t.Fatal("the first event was not delivered before the rest of the stream was sent")
	}
	if len(s.requests) != 2 || s.requests[1].Header.Get("Accept") != "text/event-stream" {
		t.Fatalf("%d requests; Accept %q", len(s.requests), s.requests[len(s.requests)-1].Header.Get("Accept"))
	}
	if slept := clock.slept(); len(slept) != 1 {
		t.Fatalf("one backoff before the retry, got %v", slept)
	}
}

func TestALastEventWithoutABlankLineIsDispatched(t *testing.T) {
	s := newEventServer(t, nil, "data: first\n\n", "id: 2\n", "data: la", "st") // the body ends mid-event
	c := eventClient(t, s.srv.URL, newFakeClock())
	var got []ServerSentEvent
	for event, err := range Stream(context.Background(), c, opEvents, OperationParams{}, nil) {
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 {
			close(s.release)
		}
		got = append(got, event)
	}
	sameEvents(t, got, []ServerSentEvent{ev("message", "first", ""), ev("message", "last", "2")})
}

// The timeout bounds the wait for the headers only: a stream whose events,
// each sooner than the timeout, add up to more than it runs to its end.
func TestTheTimeoutDoesNotBoundTheWholeStream(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		w.WriteHeader(http.StatusOK)
		flusher := w.(http.Flusher)
		for i := range 6 {
			_, _ = fmt.Fprintf(w, "data: %d\n\n", i)
			flusher.Flush()
			time.Sleep(100 * time.Millisecond)
		}
	}))
	t.Cleanup(srv.Close)
	c := eventClient(t, srv.URL, newFakeClock(), WithTimeout(250*time.Millisecond))
	var got []string
	for event, err := range Stream(context.Background(), c, opEvents, OperationParams{}, nil) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, event.Data)
	}
	if strings.Join(got, ",") != "0,1,2,3,4,5" {
		t.Fatalf("events %v", got)
	}
}

func TestStreamErrorStatusIsYieldedOnce(t *testing.T) {
	s := newEventServer(t, []int{404}, "data: never\n\n")
	c := eventClient(t, s.srv.URL, newFakeClock())
	count := 0
	for event, err := range Stream(context.Background(), c, opEvents, OperationParams{}, nil) {
		count++
		var notFound *NotFoundError
		if !errors.As(err, &notFound) || notFound.Code != "nope" || event != (ServerSentEvent{}) {
			t.Fatalf("want the NotFoundError, got %+v %v", event, err)
		}
	}
	if count != 1 {
		t.Fatalf("%d items, want the one error", count)
	}
}

func TestLeavingTheLoopClosesTheStream(t *testing.T) {
	s := newEventServer(t, nil, "data: first\n\n")
	s.endless = true
	c := eventClient(t, s.srv.URL, newFakeClock())
	seen := 0
	for _, err := range Stream(context.Background(), c, opEvents, OperationParams{}, nil) {
		if err != nil {
			t.Fatal(err)
		}
		if seen++; seen == 3 {
			break
		}
	}
	select {
	case <-s.gone:
	case <-time.After(20 * time.Second):
		t.Fatal("the server never saw the client leave")
	}
}

func TestTheTimeoutDoesNotCutAStreamThatHasStarted(t *testing.T) {
	s := newEventServer(t, nil, "data: one\n\n", "data: two\n\n")
	c := eventClient(t, s.srv.URL, newFakeClock(), WithTimeout(400*time.Millisecond))
	var got []string
	for event, err := range Stream(context.Background(), c, opEvents, OperationParams{}, nil) {
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 {
			time.Sleep(800 * time.Millisecond) // well past the timeout, with the stream open
			close(s.release)
		}
		got = append(got, event.Data)
	}
	if strings.Join(got, ",") != "one,two" {
		t.Fatalf("events %v", got)
	}
}

func TestABrokenStreamIsAConnectionError(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		w.Header().Set("Content-Length", "1000") // promises more than it sends
		w.WriteHeader(http.StatusOK)
		_, _ = io.WriteString(w, "data: one\n\ndata: tw")
	}))
	t.Cleanup(srv.Close)
	c := eventClient(t, srv.URL, newFakeClock())
	var got []string
	var last error
	for event, err := range Stream(context.Background(), c, opEvents, OperationParams{}, nil) {
		if err != nil {
			last = err
			continue
		}
		got = append(got, event.Data)
	}
	var conn *ConnectionError
	if strings.Join(got, ",") != "one" || !errors.As(last, &conn) || !errors.Is(last, io.ErrUnexpectedEOF) ||
		!strings.Contains(last.Error(), "the event stream broke") {
		t.Fatalf("events %v, error %v", got, last)
	}
}

func TestRequestRefusesAStreamOperation(t *testing.T) {
	c := eventClient(t, "http://127.0.0.1:1", newFakeClock())
	_, err := c.Request(context.Background(), "streamEvents", OperationParams{})
	var invalid *InvalidArgumentError
	if !errors.As(err, &invalid) || !strings.Contains(err.Error(), "Stream") {
		t.Fatalf("want an InvalidArgumentError pointing at Stream: %v", err)
	}
}

func TestTheTimeoutBoundsTheWaitForTheHeaders(t *testing.T) {
	s := newServer(t, reply{status: 200, header: map[string]string{"Content-Type": "text/event-stream"},
		body: "data: late\n\n", delay: 2 * time.Second})
	c := eventClient(t, s.srv.URL, newFakeClock(), WithTimeout(50*time.Millisecond), WithMaxRetries(0))
	count := 0
	for _, err := range Stream(context.Background(), c, opEvents, OperationParams{}, nil) {
		count++
		var timeout *TimeoutError
		if !errors.As(err, &timeout) || !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("want a TimeoutError, got %v", err)
		}
	}
	if count != 1 {
		t.Fatalf("%d items, want the one error", count)
	}
}
