package core

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"testing"
	"time"
)

func TestRetriesThenSucceedsWithExactBackoff(t *testing.T) {
	s := newServer(t, reply{status: 503}, reply{status: 502}, reply{status: 200, body: `{"id":"x"}`})
	clock := newFakeClock()
	c := newTestClient(t, s, clock)
	if _, err := Call[*testModel](context.Background(), c, opGet, thing, nil); err != nil {
		t.Fatal(err)
	}
	if n := len(s.seen()); n != 3 {
		t.Fatalf("%d attempts", n)
	}
	if got := clock.slept(); !slices.Equal(got, []time.Duration{500 * time.Millisecond, time.Second}) {
		t.Fatalf("sleeps: %v", got)
	}
}

func TestRetriesExhaustedGiveTheLastError(t *testing.T) {
	s := newServer(t, reply{status: 500, body: `{"code":"internal_error"}`})
	clock := newFakeClock()
	c := newTestClient(t, s, clock, WithMaxRetries(3))
	_, err := Call[*testModel](context.Background(), c, opGet, thing, nil)
	var ise *InternalServerError
	if !errors.As(err, &ise) || len(s.seen()) != 4 {
		t.Fatalf("err=%v attempts=%d", err, len(s.seen()))
	}
	if got := clock.slept(); !slices.Equal(got, []time.Duration{500 * time.Millisecond, time.Second, 2 * time.Second}) {
		t.Fatalf("sleeps: %v", got)
	}
}

func TestFullJitterAndCap(t *testing.T) {
	if d := backoff(1, func() float64 { return 0.5 }); d != 500*time.Millisecond {
		t.Fatalf("jitter: %v", d)
	}
	if d := backoff(10, func() float64 { return 1 }); d != MaxRetryDelay {
		t.Fatalf("cap: %v", d)
	}
	if d := backoff(0, func() float64 { return 7 }); d != InitialRetryDelay {
		t.Fatalf("jitter is clamped to [0,1]: %v", d)
	}
}

func TestEveryRetryableStatusIsRetriedAndOthersAreNot(t *testing.T) {
	for _, status := range []int{408, 429, 500, 502, 503, 504} {
		s := newServer(t, reply{status: status}, reply{status: 200, body: `{"id":"x"}`})
		c := newTestClient(t, s, newFakeClock())
		if _, err := Call[*testModel](context.Background(), c, opGet, thing, nil); err != nil || len(s.seen()) != 2 {
			t.Errorf("%d: err=%v attempts=%d", status, err, len(s.seen()))
		}
	}
	for _, status := range []int{400, 401, 403, 404, 409, 412, 422, 428, 501} {
		s := newServer(t, reply{status: status})
		clock := newFakeClock()
		c := newTestClient(t, s, clock)
		if _, err := Call[*testModel](context.Background(), c, opGet, thing, nil); err == nil || len(s.seen()) != 1 || len(clock.slept()) != 0 {
			t.Errorf("%d must not be retried: attempts=%d", status, len(s.seen()))
		}
	}
}

func TestRetryAfterSecondsDateBodyAndCap(t *testing.T) {
	clock := newFakeClock()
	date := clock.Now().Add(7 * time.Second).Format(http.TimeFormat)
	s := newServer(t,
		reply{status: 429, header: map[string]string{"Retry-After": "3"}},
		reply{status: 503, header: map[string]string{"Retry-After": date}},
		reply{status: 429, body: `{"code":"rate_limited","retryAfter":4}`},
		reply{status: 429, header: map[string]string{"Retry-After": "3600"}},
		reply{status: 200, body: `{"id":"x"}`})
	c := newTestClient(t, s, clock, WithMaxRetries(4))
	if _, err := Call[*testModel](context.Background(), c, opGet, thing, nil); err != nil {
		t.Fatal(err)
	}
	want := []time.Duration{3 * time.Second, 4 * time.Second, 4 * time.Second, MaxRetryAfter}
	if got := clock.slept(); !slices.Equal(got, want) {
		t.Fatalf("sleeps: %v, want %v", got, want)
	}
}

func TestRateLimitAfterRetriesCarriesRetryAfter(t *testing.T) {
	s := newServer(t, reply{status: 429, header: map[string]string{"Retry-After": "1.5"}, body: `{"code":"rate_limited"}`})
	c := newTestClient(t, s, newFakeClock(), WithMaxRetries(1))
	_, err := Call[*testModel](context.Background(), c, opGet, thing, nil)
	var rl *RateLimitError
	if !errors.As(err, &rl) || rl.RetryAfter.Value() != 1500*time.Millisecond || len(s.seen()) != 2 {
		t.Fatalf("got %v after %d attempts", err, len(s.seen()))
	}
}

func TestPostGetsOneIdempotencyKeyReusedOnRetries(t *testing.T) {
	s := newServer(t, reply{status: 503}, reply{status: 500}, reply{status: 201, body: `{"id":"x"}`})
	c := newTestClient(t, s, newFakeClock())
	if _, err := Call[*testModel](context.Background(), c, opCreate, OperationParams{Body: map[string]any{}}, nil); err != nil {
		t.Fatal(err)
	}
	seen := s.seen()
	key := seen[0].Header.Get("Idempotency-Key")
	if len(key) != 36 || len(seen) != 3 {
		t.Fatalf("key %q, %d attempts", key, len(seen))
	}
	for _, r := range seen {
		if r.Header.Get("Idempotency-Key") != key {
			t.Fatalf("key changed: %q vs %q", r.Header.Get("Idempotency-Key"), key)
		}
	}
	if _, err := Call[*testModel](context.Background(), c, opCreate, OperationParams{}, nil); err != nil {
		t.Fatal(err)
	}
	if next := s.seen()[3].Header.Get("Idempotency-Key"); next == key || next == "" {
		t.Fatalf("a new call needs a new key: %q", next)
	}
}

func TestUserIdempotencyKeyIsUsed(t *testing.T) {
	s := newServer(t, reply{status: 201, body: `{"id":"x"}`})
	c := newTestClient(t, s, newFakeClock())
	ctx := context.Background()
	if _, err := Call[*testModel](ctx, c, opCreate, OperationParams{}, []RequestOption{WithIdempotencyKey("mine")}); err != nil {
		t.Fatal(err)
	}
	if _, err := Call[*testModel](ctx, c, opCreate, OperationParams{Headers: map[string]string{"Idempotency-Key": "param"}}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := Call[*testModel](ctx, c, opCreate, OperationParams{Query: map[string]any{"Idempotency-Key": "query"}}, nil); err != nil {
		t.Fatal(err)
	}
	seen := s.seen()
	for i, want := range []string{"mine", "param", "query"} {
		if got := seen[i].Header.Get("Idempotency-Key"); got != want {
			t.Errorf("call %d: key %q, want %q", i, got, want)
		}
	}
}

func TestNoKeyAndNoRetryWhenRetriesAreOff(t *testing.T) {
	s := newServer(t, reply{status: 503})
	c := newTestClient(t, s, newFakeClock(), WithMaxRetries(0))
	if _, err := Call[*testModel](context.Background(), c, opCreate, OperationParams{}, nil); err == nil {
		t.Fatal("want the 503")
	}
	if seen := s.seen(); len(seen) != 1 || seen[0].Header.Get("Idempotency-Key") != "" {
		t.Fatalf("attempts=%d key=%q", len(seen), seen[0].Header.Get("Idempotency-Key"))
	}
}

func TestPatchIsRetriedOnlyWithAKey(t *testing.T) {
	s := newServer(t, reply{status: 503})
	c := newTestClient(t, s, newFakeClock())
	_, _ = Call[*testModel](context.Background(), c, opPatch, OperationParams{}, nil)
	if n := len(s.seen()); n != 1 {
		t.Fatalf("PATCH without a key: %d attempts", n)
	}
	_, _ = Call[*testModel](context.Background(), c, opPatch, OperationParams{}, []RequestOption{WithIdempotencyKey("k")})
	if n := len(s.seen()); n != 4 {
		t.Fatalf("PATCH with a key: %d attempts in all", n)
	}
}

func TestDeleteIsRetried(t *testing.T) {
	s := newServer(t, reply{status: 503}, reply{status: 204})
	c := newTestClient(t, s, newFakeClock())
	if _, err := Call[EmptyResult](context.Background(), c, opDelete, thing, nil); err != nil || len(s.seen()) != 2 {
		t.Fatalf("err=%v attempts=%d", err, len(s.seen()))
	}
}

func TestConnectionErrorsAreRetriedThenReturned(t *testing.T) {
	s := newServer(t, reply{hangUp: true})
	clock := newFakeClock()
	c := newTestClient(t, s, clock)
	_, err := Call[*testModel](context.Background(), c, opGet, thing, nil)
	var conn *ConnectionError
	var timeout *TimeoutError
	if !errors.As(err, &conn) || errors.As(err, &timeout) || conn.Attempts != 3 || len(s.seen()) != 3 {
		t.Fatalf("err=%v attempts=%d", err, len(s.seen()))
	}
	if len(clock.slept()) != 2 {
		t.Fatalf("sleeps: %v", clock.slept())
	}

	recovering := newServer(t, reply{hangUp: true}, reply{status: 200, body: `{"id":"x"}`})
	c = newTestClient(t, recovering, newFakeClock())
	if m, err := Call[*testModel](context.Background(), c, opGet, thing, nil); err != nil || m.ID != "x" {
		t.Fatalf("after a connection error: %v", err)
	}
}

func TestMaxRetriesPerClientAndPerCall(t *testing.T) {
	s := newServer(t, reply{status: 503})
	c := newTestClient(t, s, newFakeClock(), WithMaxRetries(1))
	_, _ = Call[*testModel](context.Background(), c, opGet, thing, nil)
	if n := len(s.seen()); n != 2 {
		t.Fatalf("client max retries 1: %d attempts", n)
	}
	_, _ = Call[*testModel](context.Background(), c, opGet, thing, []RequestOption{WithMaxRetries(4)})
	if n := len(s.seen()); n != 7 {
		t.Fatalf("call max retries 4: %d attempts in all", n)
	}
}

func TestCancelDuringBackoffStops(t *testing.T) {
	s := newServer(t, reply{status: 503})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	c := newTestClient(t, s, newFakeClock())
	_, err := Call[*testModel](ctx, c, opGet, thing, nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v", err)
	}
	if n := len(s.seen()); n != 0 {
		t.Fatalf("%d attempts after cancel", n)
	}
}
