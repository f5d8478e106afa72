// Package smoke is a smoke test of the Go SDK's resource methods against a
// live reference server, written as a user would: trigger a deployment of
// shop, get it, wait until it succeeded, read its logs (auto-paged and
// tailed), roll production back to it, list the releases, cancel a second
// one, read the error of a call that is not allowed, and close the client.
// The client takes the server from AXHUB_BASE_URL (freshly reset), as
// NewClient reads it; without it the test is skipped.
// tests/contract/test_smoke_go.py runs it.
package smoke

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/axhub/axhub-go"
)

const (
	shop     = "0c000000-0000-4000-8000-000000000001"
	shopV1   = "0d000000-0000-4000-8000-000000000101"
	sha      = "0123456789abcdef0123456789abcdef01234567"
	otherSha = "89abcdef0123456789abcdef0123456789abcdef"
)

func client(t *testing.T, token string) *axhub.Client {
	t.Helper()
	if os.Getenv("AXHUB_BASE_URL") == "" {
		t.Skip("AXHUB_BASE_URL is not set")
	}
	c, err := axhub.NewClient(axhub.WithToken(token)) // the base URL comes from AXHUB_BASE_URL
	if err != nil {
		t.Fatalf("NewClient: %v", err)
	}
	return c
}

func TestTypedSurface(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	owner := client(t, "tok_owner")
	deployments := owner.Deployments()

	// Trigger a deployment of a given commit.
	started, err := deployments.Trigger(ctx, shop, axhub.DeploymentsTriggerParams{CommitSha: axhub.Some(sha)})
	if err != nil {
		t.Fatalf("trigger: %v", err)
	}
	if started.Status != axhub.DeploymentStatusPending || started.TriggerSource != axhub.TriggerSourceManual {
		t.Fatalf("trigger: status %q, trigger source %q", started.Status, started.TriggerSource)
	}
	if started.CommitSha != sha || started.CompletedAt.IsSet() {
		t.Fatalf("trigger: commit %q, completed_at %v", started.CommitSha, started.CompletedAt)
	}
	got, err := deployments.Get(ctx, shop, started.ID)
	if err != nil || got.ID != started.ID || got.AppID != shop {
		t.Fatalf("get: %+v, %v", got, err)
	}

	// Wait until it succeeded (the waiter on the resource, bounded).
	done, err := deployments.WaitFor(ctx, shop, started.ID, axhub.WaitOptions{Timeout: 60 * time.Second, Interval: 100 * time.Millisecond})
	if err != nil {
		t.Fatalf("wait: %v", err)
	}
	if done.ID != started.ID || done.Status != axhub.DeploymentStatusSucceeded {
		t.Fatalf("wait: %s is %q", done.ID, done.Status)
	}
	if done.FailureReason.IsSet() {
		t.Fatalf("wait: failure_reason %v", done.FailureReason)
	}
	if got := done.ImageURI.Value(); got != "gcr.io/axhub-apps/acme/shop:0123456789ab" {
		t.Fatalf("wait: image_uri %q", got)
	}
	completed, ok := done.CompletedAt.Get()
	if !ok || completed.Before(done.StartedAt) {
		t.Fatalf("wait: completed_at %v, started_at %v", done.CompletedAt, done.StartedAt)
	}
	// The typed result encodes back to its wire shape.
	encoded, err := json.Marshal(done)
	if err != nil || !strings.Contains(string(encoded), `"status":"succeeded"`) || !strings.Contains(string(encoded), `"app_id":"`+shop+`"`) {
		t.Fatalf("json.Marshal(done) = %s, %v", encoded, err)
	}

	// Logs, paged backward two lines at a time: the newest lines end with the
	// app coming up, and the list method pages through all of them.
	var newest []string
	for line, err := range deployments.LogsAutoPaging(ctx, shop, axhub.DeploymentsLogsParams{Limit: axhub.Some[int64](2)}) {
		if err != nil {
			t.Fatalf("logs: %v", err)
		}
		newest = append(newest, line.Message)
		if len(newest) == 2 {
			break
		}
	}
	if len(newest) != 2 || newest[1] != "server listening on :8080" {
		t.Fatalf("logs: newest lines %q", newest)
	}
	count := 0
	for line, err := range deployments.LogsAutoPaging(ctx, shop, axhub.DeploymentsLogsParams{Limit: axhub.Some[int64](100)}) {
		if err != nil {
			t.Fatalf("iterate logs: %v", err)
		}
		if line.Message == "" || line.Timestamp.IsZero() {
			t.Fatalf("iterate logs: line %+v", line)
		}
		count++
	}
	if count != 250+6 { // the fixture's lines and this deployment's
		t.Fatalf("iterate logs: %d lines, expected 256", count)
	}

	// The same logs one page at a time: the first page of two, then the next.
	firstPage, err := deployments.Logs(ctx, shop, axhub.DeploymentsLogsParams{Limit: axhub.Some[int64](2)})
	if err != nil || len(firstPage.Items) != 2 || !firstPage.HasNextPage() {
		t.Fatalf("logs page: %+v, %v", firstPage, err)
	}
	secondPage, err := firstPage.NextPage(ctx)
	if err != nil || len(secondPage.Items) == 0 {
		t.Fatalf("next logs page: %+v, %v", secondPage, err)
	}

	// Logs, followed forward from the deployment's start (the bounded tail on the resource): its six lines in order.
	tailCtx, stopTail := context.WithTimeout(ctx, 30*time.Second)
	var tailed []axhub.LogLine
	for line, err := range deployments.FollowLogs(tailCtx, shop, axhub.DeploymentsLogsParams{Since: axhub.Some(done.StartedAt), Limit: axhub.Some[int64](100)},
		axhub.WaitOptions{Interval: 100 * time.Millisecond, MaxPolls: 200}) {
		if err != nil {
			t.Fatalf("tail logs after %d lines: %v", len(tailed), err)
		}
		tailed = append(tailed, line)
		if len(tailed) == 6 {
			break
		}
	}
	stopTail()
	if !strings.HasPrefix(tailed[0].Message, "deployment "+started.ID+" queued") {
		t.Fatalf("tail: first line %q", tailed[0].Message)
	}
	if tailed[5].Message != "server listening on :8080" || tailed[0].Stream != axhub.LogLineStreamStdout {
		t.Fatalf("tail: last line %q, first stream %q", tailed[5].Message, tailed[0].Stream)
	}

	// Roll production back to v1, then back to the new deployment.
	back, err := deployments.Rollback(ctx, shop, shopV1, axhub.DeploymentsRollbackParams{})
	if err != nil || back == nil || len(back) != 0 {
		t.Fatalf("rollback to v1: %v, %v", back, err)
	}
	if _, err := deployments.Rollback(ctx, shop, done.ID, axhub.DeploymentsRollbackParams{ConfirmSchemaSkew: axhub.Some(false)}); err != nil {
		t.Fatalf("rollback to %s: %v", done.ID, err)
	}
	var live []string
	for release, err := range deployments.Lifecycle().ReleasesAutoPaging(ctx, shop, axhub.DeploymentsLifecycleReleasesParams{Limit: axhub.Some[int64](1)}) {
		if err != nil {
			t.Fatalf("releases: %v", err)
		}
		if release.ActiveProd {
			live = append(live, release.DeploymentID)
		}
	}
	if len(live) != 1 || live[0] != done.ID {
		t.Fatalf("releases live in production: %v, expected [%s]", live, done.ID)
	}

	// A second deployment, cancelled while it runs: an EmptyResult.
	second, err := deployments.Trigger(ctx, shop, axhub.DeploymentsTriggerParams{CommitSha: axhub.Some(otherSha)})
	if err != nil {
		t.Fatalf("second trigger: %v", err)
	}
	cancelled, err := deployments.Cancel(ctx, shop, second.ID)
	if err != nil {
		t.Fatalf("cancel: %v", err)
	}
	if cancelled == nil || len(cancelled) != 0 {
		t.Fatalf("cancel: %#v, expected an empty EmptyResult", cancelled)
	}
	if data, _ := json.Marshal(cancelled); string(data) != "{}" {
		t.Fatalf("cancel: encodes as %s", data)
	}
	final, err := deployments.WaitForDeployment(ctx, axhub.OperationParams{
		PathParams: map[string]string{"appID": shop, "did": second.ID},
	}, axhub.WithWaitTimeout(10*time.Second), axhub.WithPollInterval(100*time.Millisecond))
	if err != nil {
		t.Fatalf("wait for the cancelled one: %v", err)
	}
	if final.Status != axhub.DeploymentStatusCancelled || final.CurrentStage.IsSet() {
		t.Fatalf("cancelled: status %q, current_stage %v", final.Status, final.CurrentStage)
	}

	// A plain member may not deploy.
	_, err = client(t, "tok_member").Deployments().Trigger(ctx, shop, axhub.DeploymentsTriggerParams{})
	var denied *axhub.PermissionDeniedError
	if !errors.As(err, &denied) {
		t.Fatalf("a plain member's trigger: %v (%T), expected *PermissionDeniedError", err, err)
	}
	if denied.StatusCode != 403 || denied.Code != "forbidden" || denied.OperationID != "deployPostApiV1AppsByAppIDDeployments" {
		t.Fatalf("403: status %d, code %q, operation %q", denied.StatusCode, denied.Code, denied.OperationID)
	}
	if body, ok := denied.Body.(map[string]any); !ok || body["code"] != "forbidden" {
		t.Fatalf("403: body %#v", denied.Body)
	}
	msg := err.Error()
	if !strings.Contains(msg, "deployPostApiV1AppsByAppIDDeployments") || !strings.Contains(msg, "403 forbidden") {
		t.Fatalf("403: message %q", msg)
	}
	var apiErr *axhub.APIError
	var clientErr *axhub.ClientError
	if !errors.As(err, &apiErr) || !errors.As(err, &clientErr) {
		t.Fatalf("403: errors.As finds neither *APIError nor *ClientError in %T", err)
	}

	// A closed client refuses calls with the SDK's own error.
	if err := owner.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	var invalid *axhub.InvalidArgumentError
	if _, err := deployments.Get(ctx, shop, done.ID); !errors.As(err, &invalid) {
		t.Fatalf("a call after Close: %v (%T), expected *InvalidArgumentError", err, err)
	}
}
