package surface

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/axhub/axhub-go"
)

// TestWaitForOnTheResource: client.Deployments().WaitFor(ctx, appID, did,
// WaitOptions) polls Get until a terminal status; MaxPolls and Stop end it with
// a *WaiterTimeoutError holding the last deployment and saying why; a bad bound
// is an *InvalidArgumentError before anything is sent.
func TestWaitForOnTheResource(t *testing.T) {
	f := newFakeAPI(t)
	path := "/api/v1/apps/" + app + "/deployments/" + did
	f.on("GET", path,
		answer{status: 200, body: deploymentJSON},
		answer{status: 200, body: with(deploymentJSON, map[string]any{"status": "succeeded"})})
	clock := &fakeClock{now: time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)}
	client := newClient(t, f, axhub.WithClock(clock))
	done, err := client.Deployments().WaitFor(ctx, app, did, axhub.WaitOptions{Interval: 3 * time.Second})
	if err != nil || done.Status != axhub.DeploymentStatusSucceeded || len(f.seen()) != 2 || clock.sleeps[0] != 3*time.Second {
		t.Fatalf("wait: %+v, %v, %d polls, sleeps %v", done, err, len(f.seen()), clock.sleeps)
	}

	f.on("GET", path, answer{status: 200, body: deploymentJSON})
	_, err = client.Deployments().WaitFor(ctx, app, did, axhub.WaitOptions{MaxPolls: 2})
	var gaveUp *axhub.WaiterTimeoutError
	if !errors.As(err, &gaveUp) || gaveUp.Reason != axhub.WaiterMaxPolls || gaveUp.Last.(*axhub.Deployment).ID != did {
		t.Fatalf("max polls: %T %v", err, err)
	}
	stops := 0
	_, err = client.Deployments().WaitFor(ctx, app, did, axhub.WaitOptions{Stop: func() bool { stops++; return true }})
	if !errors.As(err, &gaveUp) || gaveUp.Reason != axhub.WaiterStopped || gaveUp.Polls != 1 || stops != 1 {
		t.Fatalf("stop: %T %v", err, err)
	}
	before := len(f.seen())
	_, err = client.Deployments().WaitFor(ctx, app, did, axhub.WaitOptions{Timeout: -time.Second})
	var invalid *axhub.InvalidArgumentError
	if !errors.As(err, &invalid) || !strings.Contains(err.Error(), "WaitOptions.Timeout") || len(f.seen()) != before {
		t.Fatalf("bad bound: %T %v", err, err)
	}
}

// TestFollowLogsOnTheResource: FollowLogs tails forward, passing the cursor
// on, and ends its sequence after MaxPolls polls.
func TestFollowLogsOnTheResource(t *testing.T) {
	f := newFakeAPI(t)
	line := func(message string) map[string]any {
		return map[string]any{"timestamp": "2026-11-22T09:00:01Z", "stream": "stdout", "message": message}
	}
	f.on("GET", "/api/v1/apps/"+app+"/logs",
		answer{status: 200, body: map[string]any{"lines": []any{line("one")}, "next_cursor": "c1", "has_more": false}},
		answer{status: 200, body: map[string]any{"lines": []any{line("two")}, "next_cursor": "c2", "has_more": false}})
	clock := &fakeClock{now: time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)}
	client := newClient(t, f, axhub.WithClock(clock))
	var messages []string
	for l, err := range client.Deployments().FollowLogs(ctx, app, axhub.DeploymentsLogsParams{Limit: axhub.Some[int64](10)},
		axhub.WaitOptions{MaxPolls: 3, Interval: time.Second}) {
		if err != nil {
			t.Fatal(err)
		}
		messages = append(messages, l.Message)
	}
	seen := f.seen()
	if strings.Join(messages, ",") != "one,two,two" || len(seen) != 3 {
		t.Fatalf("messages %v, %d polls", messages, len(seen))
	}
	if !strings.Contains(seen[0].Query, "direction=forward") || !strings.Contains(seen[1].Query, "cursor=c1") {
		t.Fatalf("queries %q %q", seen[0].Query, seen[1].Query)
	}
}
