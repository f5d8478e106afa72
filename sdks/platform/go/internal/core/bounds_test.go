package core

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

// A waiter bounded by WaitOptions: by count, by its own timeout, by a stop
// callback; each ends with a *WaiterTimeoutError saying why and holding the
// last result. A bad bound is refused before anything is sent.
func TestWaitForIsBoundedByCountTimeoutAndStop(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"id":"x","status":"running"}`})
	clock := newFakeClock()
	c := newTestClient(t, s, clock)
	ctx := context.Background()

	_, err := WaitFor[*testModel](ctx, c, opGet, thing, WaitOptions{MaxPolls: 3, Interval: time.Second}, nil)
	var gaveUp *WaiterTimeoutError
	if !errors.As(err, &gaveUp) || gaveUp.Reason != WaiterMaxPolls || gaveUp.Polls != 3 || len(s.seen()) != 3 ||
		gaveUp.Last.(*testModel).ID != "x" || !strings.Contains(err.Error(), "after 3 polls") {
		t.Fatalf("max polls: %v (%d requests)", err, len(s.seen()))
	}
	if got := clock.slept(); !slices.Equal(got, []time.Duration{time.Second, time.Second}) {
		t.Fatalf("sleeps %v", got)
	}

	asked := 0
	_, err = WaitFor[*testModel](ctx, c, opGet, thing, WaitOptions{Stop: func() bool { asked++; return asked == 2 }}, nil)
	if !errors.As(err, &gaveUp) || gaveUp.Reason != WaiterStopped || gaveUp.Polls != 2 || len(s.seen()) != 5 {
		t.Fatalf("stop: %v (%d requests, asked %d)", err, len(s.seen()), asked)
	}

	// WaitOptions win over the call options they stand for.
	_, err = WaitFor[*testModel](ctx, c, opGet, thing, WaitOptions{Timeout: 3 * time.Second, Interval: 2 * time.Second},
		[]RequestOption{WithWaitTimeout(time.Hour)})
	if !errors.As(err, &gaveUp) || gaveUp.Reason != WaiterTimedOut || gaveUp.Timeout != 3*time.Second || len(s.seen()) != 8 {
		t.Fatalf("timeout: %v (%d requests)", err, len(s.seen()))
	}

	for _, bad := range []WaitOptions{{Interval: -1}, {Timeout: -time.Second}, {MaxPolls: -2}} {
		_, err := WaitFor[*testModel](ctx, c, opGet, thing, bad, nil)
		var invalid *InvalidArgumentError
		if !errors.As(err, &invalid) || !strings.Contains(err.Error(), "WaitOptions.") {
			t.Fatalf("%+v: %T %v", bad, err, err)
		}
	}
	if len(s.seen()) != 8 {
		t.Fatalf("a bad bound sent a request: %d", len(s.seen()))
	}
}

// A tail bounded by WaitOptions ends its sequence without an error when its
// count, its timeout or its stop callback says so; the context still ends it
// with the context's error.
func TestFollowIsBoundedByCountTimeoutAndStop(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"lines":[{"m":"1"}],"next_cursor":"c","has_more":false}`})
	clock := newFakeClock()
	c := newTestClient(t, s, clock)
	ctx := context.Background()

	lines, err := collect(t, Follow[map[string]any](ctx, c, opCursor, OperationParams{}, WaitOptions{MaxPolls: 2}, nil))
	if err != nil || len(lines) != 2 || len(s.seen()) != 2 {
		t.Fatalf("max polls: %d lines, %v, %d requests", len(lines), err, len(s.seen()))
	}

	start := clock.Now()
	lines, err = collect(t, Follow[map[string]any](ctx, c, opCursor, OperationParams{},
		WaitOptions{Timeout: 5 * time.Second, Interval: 2 * time.Second}, nil))
	if err != nil || len(lines) != 3 || clock.Now().Sub(start) != 5*time.Second {
		t.Fatalf("timeout: %d lines, %v, %s", len(lines), err, clock.Now().Sub(start))
	}

	asked := 0
	lines, err = collect(t, Follow[map[string]any](ctx, c, opCursor, OperationParams{},
		WaitOptions{Stop: func() bool { asked++; return asked == 3 }}, nil))
	if err != nil || len(lines) != 3 {
		t.Fatalf("stop: %d lines, %v", len(lines), err)
	}

	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := collect(t, Follow[map[string]any](cancelled, c, opCursor, OperationParams{}, WaitOptions{MaxPolls: 9}, nil)); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: %v", err)
	}
	if _, err := collect(t, Follow[map[string]any](ctx, c, opCursor, OperationParams{}, WaitOptions{MaxPolls: -1}, nil)); err == nil {
		t.Fatal("a negative count must be refused")
	}
}
