// Package deplite is a smoke test of the Deplite Go SDK's resource methods
// against a live Deplite reference server, playing both sides as users would:
// the dashboard user (bearer token) and the agent (signed by the SDK itself,
// reading its jobs from the signed event stream). The user API is at
// DEPLITE_BASE_URL and the agent API at DEPLITE_AGENT_BASE_URL, as NewClient
// reads them; without them the test is skipped.
// tests/contract/test_smoke_go_deplite.py runs it.
package deplite

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/deplite/deplite-go"
)

const org = "org-abc"

func client(t *testing.T, opts ...deplite.RequestOption) *deplite.Client {
	t.Helper()
	if os.Getenv("DEPLITE_BASE_URL") == "" || os.Getenv("DEPLITE_AGENT_BASE_URL") == "" {
		t.Skip("DEPLITE_BASE_URL and DEPLITE_AGENT_BASE_URL are not set")
	}
	c, err := deplite.NewClient(opts...)
	if err != nil {
		t.Fatalf("NewClient: %v", err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// runAnswer is the part of a trigger run's answer (async or sync form) the test reads.
type runAnswer struct {
	JobID  string `json:"jobId"`
	Status string `json:"status"`
}

func decodeRun(t *testing.T, result any) runAnswer {
	t.Helper()
	data, err := json.Marshal(result)
	if err != nil {
		t.Fatalf("run answer %#v: %v", result, err)
	}
	var answer runAnswer
	if err := json.Unmarshal(data, &answer); err != nil || answer.JobID == "" {
		t.Fatalf("run answer %s: %v", data, err)
	}
	return answer
}

// laggingClock is the system clock, behind by a fixed amount.
type laggingClock struct{ behind time.Duration }

func (c laggingClock) Now() time.Time { return time.Now().Add(-c.behind) }

func (laggingClock) Sleep(ctx context.Context, d time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}

func TestDepliteFlow(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	owner := client(t, deplite.WithToken("tok_owner"))
	if !strings.HasSuffix(owner.BaseURL(), "/api") || owner.AgentBaseURL() == owner.BaseURL() {
		t.Fatalf("hosts: user API %s, agent API %s", owner.BaseURL(), owner.AgentBaseURL())
	}

	// The user makes an enrollment token; a new agent enrolls with it as its bearer token.
	enrollment, err := owner.Agents().CreateEnrollmentToken2(ctx, org, deplite.AgentsCreateEnrollmentToken2Params{Label: "ci"})
	if err != nil || !strings.HasPrefix(enrollment.Token, "enr_") {
		t.Fatalf("enrollment token: %+v, %v", enrollment, err)
	}
	newcomer := client(t, deplite.WithToken(enrollment.Token))
	creds, err := newcomer.Agent().Enroll(ctx, deplite.AgentEnrollParams{Hostname: deplite.Some("runner-1"), Version: deplite.Some("1.0")})
	if err != nil || creds.AgentID == "" || creds.AgentSecret == "" {
		t.Fatalf("enroll: %+v, %v", creds, err)
	}

	// From now on the agent signs every call with its id and secret.
	agent := client(t, deplite.WithSigningKey(creds.AgentID, creds.AgentSecret))
	reported, err := agent.Agent().ReportWorkflows(ctx, deplite.AgentReportWorkflowsParams{
		Workflows: []deplite.WorkflowReportWorkflowsItem{{Name: "deploy", SecretsKeys: []string{"AWS_KEY"}}},
	})
	if err != nil || reported.Count != 1 {
		t.Fatalf("report workflows: %+v, %v", reported, err)
	}

	// The user creates a trigger and an API token for it; the plain token is shown once.
	trigger, err := owner.Triggers().Create(ctx, org, deplite.TriggersCreateParams{
		AgentID: creds.AgentID, Name: "deploy-prod", WorkflowName: "deploy", Type: deplite.TriggerTypeWebhook,
		AllowedRefs: deplite.Some([]string{"main", "release/*"}),
	})
	if err != nil {
		t.Fatalf("create trigger: %v", err)
	}
	issued, err := owner.APITokens().Create(ctx, org, deplite.APITokensCreateParams{
		Name: "ci", ScopeType: deplite.Some(deplite.TokenScopeTrigger), TriggerIDs: deplite.Some([]string{trigger.ID}),
	})
	if err != nil || !strings.HasPrefix(issued.PlainToken, "tk_") {
		t.Fatalf("create API token: %+v, %v", issued, err)
	}

	// CI runs the trigger with the API token and an Idempotency-Key; the same key replays the job.
	ci := client(t, deplite.WithToken(issued.PlainToken))
	run := deplite.TriggersRunParams{IdempotencyKey: deplite.Some("run-1"), Ref: deplite.Some("release/1.2"),
		Params: deplite.Some(map[string]string{"env": "prod"})}
	started, err := ci.Triggers().Run(ctx, trigger.ID, run)
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	job := decodeRun(t, started)
	replayed, err := ci.Triggers().Run(ctx, trigger.ID, run)
	if err != nil || decodeRun(t, replayed).JobID != job.JobID {
		t.Fatalf("replayed run: %v, %v", replayed, err)
	}

	// The same key with another body is refused; a ref outside allowedRefs too. Each is the SDK's typed error.
	_, err = ci.Triggers().Run(ctx, trigger.ID, deplite.TriggersRunParams{IdempotencyKey: deplite.Some("run-1"), Ref: deplite.Some("main")})
	var conflict *deplite.ConflictError
	if !errors.As(err, &conflict) || conflict.Code != "idempotency_key_reused" {
		t.Fatalf("idempotency conflict: %T %v", err, err)
	}
	_, err = ci.Triggers().Run(ctx, trigger.ID, deplite.TriggersRunParams{Ref: deplite.Some("feature/x")})
	var unprocessable *deplite.UnprocessableEntityError
	if !errors.As(err, &unprocessable) || unprocessable.Code != "ref_not_allowed" {
		t.Fatalf("ref not allowed: %T %v", err, err)
	}

	// The agent reads the job from its signed event stream.
	var handed struct {
		JobID        string            `json:"jobId"`
		WorkflowName string            `json:"workflowName"`
		Ref          string            `json:"ref"`
		Params       map[string]string `json:"params"`
	}
	streamCtx, stopStream := context.WithTimeout(ctx, 30*time.Second)
	for event, err := range agent.Agent().Stream(streamCtx) {
		if err != nil {
			t.Fatalf("stream: %v", err)
		}
		if event.Event == "job" {
			if err := json.Unmarshal([]byte(event.Data), &handed); err != nil {
				t.Fatalf("job event %q: %v", event.Data, err)
			}
			break
		}
	}
	stopStream()
	if handed.JobID != job.JobID || handed.WorkflowName != "deploy" || handed.Ref != "release/1.2" || handed.Params["env"] != "prod" {
		t.Fatalf("job event %+v, want job %s", handed, job.JobID)
	}

	// It uploads its logs and the result, signed.
	lines := []deplite.LogLine{
		{Seq: 0, Stream: deplite.LogStreamRaw, StepName: "build", Content: "line 0"},
		{Seq: 1, Stream: deplite.LogStreamRaw, StepName: "build", Content: "line 1"},
		{Seq: 2, Stream: deplite.LogStreamRaw, StepName: "build", Content: "line 2"},
	}
	ack, err := agent.Agent().UploadLogs(ctx, job.JobID, deplite.AgentUploadLogsParams{Items: lines})
	if err != nil || ack.Accepted != 3 || ack.NextSeq != 3 {
		t.Fatalf("upload logs: %+v, %v", ack, err)
	}
	finished, err := agent.Agent().SubmitResult(ctx, job.JobID, deplite.AgentSubmitResultParams{
		Status: deplite.JobOutcomeSuccess, ExitCode: 0, Output: deplite.Some(deplite.JobOutput{"url": "x"}),
	})
	if err != nil || finished.Status != deplite.JobStatusSuccess {
		t.Fatalf("submit result: %+v, %v", finished, err)
	}

	// The user waits for the job to succeed and reads its logs (auto-paged).
	done, err := owner.Jobs().WaitFor(ctx, job.JobID, deplite.WaitOptions{Interval: 100 * time.Millisecond, Timeout: time.Minute})
	if err != nil || done.Status != deplite.JobStatusSuccess || done.ExitCode.Value() != 0 {
		t.Fatalf("wait for job: %+v, %v", done, err)
	}
	var contents []string
	for line, err := range owner.Jobs().LogsAutoPaging(ctx, job.JobID, deplite.JobsLogsParams{Limit: deplite.Some[int64](2)}) {
		if err != nil {
			t.Fatalf("logs: %v", err)
		}
		contents = append(contents, line.Content)
	}
	if strings.Join(contents, ",") != "line 0,line 1,line 2" {
		t.Fatalf("logs %q", contents)
	}

	// A wrong secret is refused by the server: the SDK's typed authentication error.
	impostor := client(t, deplite.WithSigningKey(creds.AgentID, strings.Repeat("0", 64)))
	_, err = impostor.Agent().Heartbeat(ctx, deplite.AgentHeartbeatParams{Version: deplite.Some("1.0")})
	var auth *deplite.AuthenticationError
	if !errors.As(err, &auth) || auth.Code != "invalid_signature" {
		t.Fatalf("wrong secret: %T %v", err, err)
	}
	body, ok := deplite.ErrorBodyAs[*deplite.Error](err)
	if !ok || body.StatusCode != 401 || body.Code != "invalid_signature" {
		t.Fatalf("wrong secret body: %+v, %v", body, ok)
	}
	// A clock five minutes and more behind: the signature's timestamp is stale.
	late := client(t, deplite.WithSigningKey(creds.AgentID, creds.AgentSecret), deplite.WithClock(laggingClock{301 * time.Second}))
	_, err = late.Agent().Heartbeat(ctx, deplite.AgentHeartbeatParams{})
	if !errors.As(err, &auth) || auth.Code != "stale_timestamp" {
		t.Fatalf("stale timestamp: %T %v", err, err)
	}

	// Signing by hand with the scheme's public signer: accepted once, and its
	// nonce, sent again, is refused as replayed.
	signer := deplite.NewAgentSignatureSigner(creds.AgentID, creds.AgentSecret)
	signer.Nonce = func() (string, error) { return "0123456789abcdef0123456789abcdef", nil }
	for i, want := range []int{http.StatusOK, http.StatusUnauthorized} {
		body := []byte(`{"version":"1.0"}`)
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, owner.AgentBaseURL()+"/agent/heartbeat", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
		if err := signer.Sign(req, body); err != nil {
			t.Fatal(err)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		answer, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != want || (i == 1 && !strings.Contains(string(answer), "replayed_nonce")) {
			t.Fatalf("hand-signed heartbeat %d: %d %s", i, resp.StatusCode, answer)
		}
	}

	// The same agent with the right secret is still welcome.
	if _, err := agent.Agent().Heartbeat(ctx, deplite.AgentHeartbeatParams{Version: deplite.Some("1.0")}); err != nil {
		t.Fatalf("heartbeat: %v", err)
	}
}
