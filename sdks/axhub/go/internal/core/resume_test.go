package core

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

var opResumable = &Operation{
	ID: "streamEvents", Method: "GET", Path: "/events",
	Responses: []Response{{Status: "200", Kind: ResponseEventStream}},
	Resume:    &Resume{Header: "Last-Event-ID", MaxReconnects: 3, RetryMs: 1000},
}

// cuttingStream is a fake event stream of events 1..total that ends each
// connection after cut events (a broken connection when broken), resuming
// after the Last-Event-ID it is sent.
type cuttingStream struct {
	mu      sync.Mutex
	total   int
	cut     int
	broken  bool
	resends bool // the server sends the event it resumes after again
	asked   []string
}

func (s *cuttingStream) Do(req *http.Request) (*http.Response, error) {
	s.mu.Lock()
	last := req.Header.Get("Last-Event-ID")
	s.asked = append(s.asked, last)
	s.mu.Unlock()
	from := 1
	if last != "" {
		n, _ := strconv.Atoi(last)
		from = n + 1
		if s.resends {
			from = n
		}
	}
	var b strings.Builder
	b.WriteString("retry: 250\n\n")
	for i, n := from, 0; i <= s.total && n < s.cut; i, n = i+1, n+1 {
		fmt.Fprintf(&b, "id: %d\ndata: event %d\n\n", i, i)
	}
	rec := httptest.NewRecorder()
	rec.Header().Set("Content-Type", "text/event-stream")
	rec.WriteHeader(http.StatusOK)
	rec.WriteString(b.String())
	resp := rec.Result()
	if s.broken {
		resp.Body = &breakingBody{r: strings.NewReader(b.String())}
	}
	return resp, nil
}

type breakingBody struct{ r *strings.Reader }

func (b *breakingBody) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	if err != nil {
		return n, errors.New("connection reset by peer")
	}
	return n, nil
}

func (b *breakingBody) Close() error { return nil }

func resumeClient(t *testing.T, s *cuttingStream, clock *fakeClock) *Client {
	t.Helper()
	c, err := NewClient(Info{Name: "testsdk", Version: "9.9.9", Operations: []*Operation{opResumable}},
		WithBaseURL("http://fake.test"), WithHTTPClient(s), WithClock(clock), WithMaxRetries(0))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func readResumed(t *testing.T, c *Client, limit int) ([]string, error) {
	t.Helper()
	var got []string
	for event, err := range Stream(context.Background(), c, opResumable, OperationParams{}, nil) {
		if err != nil {
			return got, err
		}
		got = append(got, event.Data)
		if len(got) == limit {
			break
		}
	}
	return got, nil
}

func wantEvents(t *testing.T, got []string, n int) {
	t.Helper()
	if len(got) != n {
		t.Fatalf("events: %v, want 1..%d", got, n)
	}
	for i, data := range got {
		if data != fmt.Sprintf("event %d", i+1) {
			t.Fatalf("event %d: %q (lost or repeated): %v", i+1, data, got)
		}
	}
}

func TestResumeReconnectsWithLastEventIDAndTheServersRetry(t *testing.T) {
	for _, broken := range []bool{false, true} {
		s := &cuttingStream{total: 7, cut: 3, broken: broken}
		clock := newFakeClock()
		got, err := readResumed(t, resumeClient(t, s, clock), 7)
		if err != nil {
			t.Fatal(err)
		}
		wantEvents(t, got, 7)
		if want := []string{"", "3", "6"}; strings.Join(s.asked, ",") != strings.Join(want, ",") {
			t.Fatalf("Last-Event-ID sent: %q, want %q", s.asked, want)
		}
		for _, d := range clock.slept() {
			if d != 250*time.Millisecond {
				t.Fatalf("waits: %v, want the server's retry (250ms)", clock.slept())
			}
		}
		if len(clock.slept()) != 2 {
			t.Fatalf("waits: %v", clock.slept())
		}
	}
}

func TestResumeDoesNotRepeatTheEventItResumedAfter(t *testing.T) {
	s := &cuttingStream{total: 5, cut: 2, resends: true}
	got, err := readResumed(t, resumeClient(t, s, newFakeClock()), 5)
	if err != nil {
		t.Fatal(err)
	}
	wantEvents(t, got, 5)
}

func TestResumeIsBoundedByMaxReconnects(t *testing.T) {
	// A stream that breaks with nothing new after event 2: three reconnects, then the error.
	s := &cuttingStream{total: 2, cut: 5, broken: true}
	got, err := readResumed(t, resumeClient(t, s, newFakeClock()), 100)
	var connErr *ConnectionError
	if !errors.As(err, &connErr) {
		t.Fatalf("want *ConnectionError, got %T %v", err, err)
	}
	wantEvents(t, got, 2)
	if len(s.asked) != 1+3 {
		t.Fatalf("connections: %d, want 1 + MaxReconnects", len(s.asked))
	}
	// A stream that ends cleanly with nothing new stops quietly after the same bound.
	s = &cuttingStream{total: 2, cut: 5}
	got, err = readResumed(t, resumeClient(t, s, newFakeClock()), 100)
	if err != nil || len(s.asked) != 4 {
		t.Fatalf("clean end: %v, %d connections", err, len(s.asked))
	}
	wantEvents(t, got, 2)
}
