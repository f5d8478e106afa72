package surface

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/axhub/axhub-go"
)

// TestEverySeedCall makes each of the 24 calls exactly as the seed writes it
// (client.Deployments().<Method>(ctx, axhub.OperationParams{...})) and checks
// the request on the wire and the typed result.
func TestEverySeedCall(t *testing.T) {
	f := newFakeAPI(t)
	base := "/api/v1/apps/" + app
	page := map[string]any{"items": []any{deploymentJSON}, "next_cursor": "", "total": 1}
	gitConnection := map[string]any{"provider": "github", "repo_full_name": "o/r", "branch": "main", "installation_id": 42}
	bootstrap := map[string]any{"id": "b1", "app_id": "", "stage": "repo", "status": "running"}
	f.on("GET", base+"/deployments", answer{status: 200, body: page})
	f.on("POST", base+"/deployments", answer{status: 202, body: deploymentJSON})
	f.on("GET", base+"/deployments/"+did, answer{status: 200, body: deploymentJSON})
	f.on("POST", base+"/deployments/"+did+"/cancel", answer{status: 204})
	f.on("POST", base+"/deployments/"+did+"/rollback", answer{status: 202})
	f.on("GET", base+"/diagnosis", answer{status: 200, body: map[string]any{"app_id": app, "applicable": true, "healthy": false,
		"services": []any{map[string]any{"name": "web", "ready": false, "restarts": 3, "reason": "CrashLoopBackOff", "app_signal": nil}}}})
	f.on("DELETE", base+"/git-connection", answer{status: 204})
	f.on("GET", base+"/git-connection", answer{status: 200, body: with(gitConnection, map[string]any{"connected": true})})
	f.on("PATCH", base+"/git-connection", answer{status: 200, body: gitConnection})
	f.on("POST", base+"/git-connection", answer{status: 201, body: gitConnection})
	f.on("POST", base+"/git/github/connect", answer{status: 201, body: gitConnection})
	f.on("GET", base+"/git/github/install/start", answer{status: 302, header: map[string]string{"Location": "https://github.com/apps/axhub/installations/new?state=s1"}})
	f.on("GET", base+"/logs", answer{status: 200, body: map[string]any{"lines": []any{map[string]any{"timestamp": "2026-11-22T09:00:01Z", "stream": "stdout", "message": "hi"}}, "next_cursor": "c1", "has_more": false}})
	f.on("POST", base+"/promotions/r1/retry", answer{status: 202})
	f.on("GET", base+"/releases", answer{status: 200, body: map[string]any{"items": []any{map[string]any{"version": 3, "deployment_id": did,
		"commit_sha": "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678", "image_uri": "gcr.io/x", "created_at": "2026-11-22T09:00:00Z",
		"active_prod": true, "active_staging": false, "approved": true}}, "next_cursor": "", "total": 1}})
	f.on("GET", base+"/releases/promote-preflight", answer{status: 200, body: map[string]any{"promotable": true, "missing_images": []string{},
		"diff_keys": []string{"API_KEY"}, "ops": []any{map[string]any{"seq": 7, "kind": "drop_table", "description": "drop t", "destructive": true}}, "cursor_seq": 7}})
	f.on("DELETE", base+"/staging", answer{status: 204})
	f.on("PUT", base+"/staging", answer{status: 202})
	f.on("POST", "/api/v1/git/github/complete", answer{status: 201, body: with(gitConnection, map[string]any{"app_id": app, "tenant_slug": "acme"})})
	f.on("GET", "/api/v1/github/accounts", answer{status: 200, body: map[string]any{"accounts": []any{
		map[string]any{"login": "me", "id": 1, "type": "User", "installation_id": nil},
		map[string]any{"login": "org", "id": 2, "type": "Organization", "installation_id": 42}}}})
	f.on("GET", "/api/v1/github/installations/42/repositories", answer{status: 200, body: map[string]any{"repositories": []any{
		map[string]any{"id": 9, "name": "r", "full_name": "o/r", "private": true, "default_branch": "main"}}, "total_count": 1}})
	f.on("POST", "/api/v1/tenants/"+tenant+"/app-bootstraps", answer{status: 202, body: map[string]any{"bootstrap_id": "b1", "status_url": "/api/v1/tenants/" + tenant + "/app-bootstraps/b1"}})
	f.on("GET", "/api/v1/tenants/"+tenant+"/app-bootstraps/b1", answer{status: 200, body: bootstrap})
	f.on("GET", "/api/v1/tenants/"+tenant+"/deployments", answer{status: 200, body: page})

	client := newClient(t, f)
	d := client.Deployments()
	tenantParams := axhub.OperationParams{PathParams: map[string]string{"tenantID": tenant}}
	check := func(step string, err error, ok bool) {
		t.Helper()
		if err != nil || !ok {
			t.Fatalf("%s: err=%v ok=%v", step, err, ok)
		}
	}

	list, err := d.DeployGetApiV1AppsByAppIDDeployments(ctx, axhub.OperationParams{PathParams: map[string]string{"appID": app}, Query: map[string]any{"limit": 20, "offset": 0}})
	check("list", err, list != nil && list.Total == 1 && list.Items[0].ID == did)
	created, err := d.DeployPostApiV1AppsByAppIDDeployments(ctx, axhub.OperationParams{PathParams: map[string]string{"appID": app}, Body: map[string]any{"force_rebuild": true}})
	check("trigger", err, created.Status == axhub.DeploymentStatusBuilding)
	got, err := d.DeployGetApiV1AppsByAppIDDeploymentsByDid(ctx, deploymentParams())
	check("get", err, got.AppID == app)
	cancelled, err := d.DeployPostApiV1AppsByAppIDDeploymentsByDidCancel(ctx, deploymentParams())
	check("cancel", err, cancelled != nil && len(cancelled) == 0)
	rolled, err := d.DeployPostApiV1AppsByAppIDDeploymentsByDidRollback(ctx, axhub.OperationParams{PathParams: map[string]string{"appID": app, "did": did}, Body: axhub.RollbackRequest{ConfirmSchemaSkew: axhub.Some(true)}})
	check("rollback", err, rolled != nil && len(rolled) == 0)
	diagnosis, err := d.DeployGetApiV1AppsByAppIDDiagnosis(ctx, appParams())
	check("diagnosis", err, diagnosis.Services[0].Reason.Value() == "CrashLoopBackOff" && diagnosis.Services[0].AppSignal.IsNull())
	disconnected, err := d.DeployDeleteApiV1AppsByAppIDGitConnection(ctx, appParams())
	check("disconnect", err, len(disconnected) == 0)
	status, err := d.DeployGetApiV1AppsByAppIDGitConnection(ctx, appParams())
	connected, isConnected := status.AsGitConnectionConnected()
	check("git status", err, isConnected && connected.Connected && connected.InstallationID == 42)
	patched, err := d.DeployPatchApiV1AppsByAppIDGitConnection(ctx, axhub.OperationParams{PathParams: map[string]string{"appID": app}, Body: axhub.GitConnectionUpdateRequest{Branch: "release"}})
	check("patch", err, patched.Branch == "main")
	registered, err := d.DeployPostApiV1AppsByAppIDGitConnection(ctx, axhub.OperationParams{PathParams: map[string]string{"appID": app}, Body: map[string]any{"state": "s1", "installation_id": 42, "repo_full_name": "o/r"}})
	check("register", err, registered.RepoFullName == "o/r")
	linked, err := d.DeployPostApiV1AppsByAppIDGitGithubConnect(ctx, axhub.OperationParams{PathParams: map[string]string{"appID": app}, Body: axhub.GithubConnectRequest{InstallationID: 42, RepoFullName: "o/r"}})
	check("connect", err, linked.Provider == "github")
	redirect, err := d.DeployGetApiV1AppsByAppIDGitGithubInstallStart(ctx, appParams())
	check("install start", err, redirect.StatusCode == 302 && strings.HasPrefix(redirect.Location, "https://github.com/apps/axhub"))
	logs, err := d.DeployGetApiV1AppsByAppIDLogs(ctx, axhub.OperationParams{PathParams: map[string]string{"appID": app}, Query: map[string]any{"direction": "backward", "limit": 100}})
	check("logs", err, logs.Lines[0].Stream == axhub.LogLineStreamStdout && logs.NextCursor == "c1")
	retried, err := d.DeployPostApiV1AppsByAppIDPromotionsByRequestIDRetry(ctx, axhub.OperationParams{PathParams: map[string]string{"appID": app, "requestID": "r1"}})
	check("retry promotion", err, len(retried) == 0)
	releases, err := d.DeployGetApiV1AppsByAppIDReleases(ctx, appParams())
	check("releases", err, releases.Items[0].Version == 3 && releases.Items[0].ActiveProd)
	preflight, err := d.DeployGetApiV1AppsByAppIDReleasesPromotePreflight(ctx, axhub.OperationParams{PathParams: map[string]string{"appID": app}, Query: map[string]any{"deployment_id": did}})
	check("preflight", err, preflight.Ops[0].Destructive && preflight.CursorSeq == 7)
	off, err := d.DeployDeleteApiV1AppsByAppIDStaging(ctx, axhub.OperationParams{PathParams: map[string]string{"appID": app}, Body: axhub.DisableStagingRequest{ConfirmDiscardOps: axhub.Some(true)}})
	check("disable staging", err, len(off) == 0)
	on, err := d.DeployPutApiV1AppsByAppIDStaging(ctx, appParams())
	check("enable staging", err, len(on) == 0)
	completed, err := d.DeployPostApiV1GitGithubComplete(ctx, axhub.OperationParams{Body: axhub.GithubCompleteRequest{State: "s1", InstallationID: 42, RepoFullName: "o/r"}})
	check("complete", err, completed.TenantSlug == "acme")
	accounts, err := d.DeployGetApiV1GithubAccounts(ctx, axhub.OperationParams{})
	check("accounts", err, accounts.Accounts[0].InstallationID.IsNull() && accounts.Accounts[1].InstallationID.Value() == 42 &&
		accounts.Accounts[1].Type == axhub.GithubAccountTypeOrganization)
	repos, err := d.DeployGetApiV1GithubInstallationsByInstallationIDRepositories(ctx, axhub.OperationParams{PathParams: map[string]any{"installationID": 42}, Query: map[string]any{"page": 1, "per_page": 30}})
	check("repositories", err, repos.Repositories[0].FullName == "o/r" && repos.TotalCount == 1)
	accepted, err := d.DeployPostApiV1TenantsByTenantIDAppBootstraps(ctx, axhub.OperationParams{PathParams: map[string]string{"tenantID": tenant}, Body: axhub.CreateBootstrapRequest{
		TemplateID: "t1", Name: "App", Slug: "app", Subdomain: "app", GithubOwner: "o", RepoName: "r", GithubInstallationID: axhub.Some[int64](42)}})
	check("bootstrap", err, accepted.BootstrapID == "b1")
	progress, err := d.DeployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapID(ctx, axhub.OperationParams{PathParams: map[string]string{"tenantID": tenant, "bootstrapID": "b1"}})
	check("bootstrap status", err, progress.Stage == axhub.BootstrapStageRepo && !progress.ErrorCode.IsPresent())
	feed, err := d.DeployGetApiV1TenantsByTenantIDDeployments(ctx, tenantParams)
	check("tenant feed", err, len(feed.Items) == 1)

	if n := len(f.seen()); n != 24 {
		t.Fatalf("%d requests for 24 calls", n)
	}
	for _, h := range f.seen() {
		if h.Header.Get("Authorization") != "Bearer tok_owner" || !strings.HasPrefix(h.Header.Get("User-Agent"), "axhub/0.1.0 go/") {
			t.Fatalf("%s %s headers: %v", h.Method, h.Path, h.Header)
		}
	}
	seen := f.seen()
	if seen[0].Query != "limit=20&offset=0" || seen[1].Body != `{"force_rebuild":true}` || seen[4].Body != `{"confirm_schema_skew":true}` ||
		seen[8].Body != `{"branch":"release"}` || seen[18].Body != `{"state":"s1","installation_id":42,"repo_full_name":"o/r"}` {
		t.Fatalf("wire: %q %q %q %q %q", seen[0].Query, seen[1].Body, seen[4].Body, seen[8].Body, seen[18].Body)
	}
}

func TestTypedParamsStructs(t *testing.T) {
	f := newFakeAPI(t)
	f.on("GET", "/api/v1/apps/"+app+"/logs", answer{status: 200, body: map[string]any{"lines": []any{}, "next_cursor": "", "has_more": false}})
	client := newClient(t, f)
	since := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	_, err := client.Deployments().DeployGetApiV1AppsByAppIDLogs(ctx, axhub.OperationParams{
		PathParams: axhub.DeployGetApiV1AppsByAppIDLogsPathParams{AppID: app},
		Query:      axhub.DeployGetApiV1AppsByAppIDLogsQuery{Direction: axhub.Some(axhub.LogDirectionForward), Since: axhub.Some(since), Limit: axhub.Some[int64](50)},
	})
	if err != nil {
		t.Fatal(err)
	}
	if q := f.seen()[0].Query; q != "direction=forward&limit=50&since=2026-11-22T09%3A00%3A00Z" {
		t.Fatalf("query %s", q)
	}
}

func TestDeploymentKeepsThreeStatesUnknownFieldsAndUnknownEnums(t *testing.T) {
	var d axhub.Deployment
	in := with(deploymentJSON, map[string]any{"status": "paused", "failure_reason": map[string]any{"code": "oom", "node": "n1"},
		"image_uri": "gcr.io/x", "new_field": []int{1}})
	delete(in, "current_stage")
	data, _ := json.Marshal(in)
	if err := json.Unmarshal(data, &d); err != nil {
		t.Fatal(err)
	}
	if d.Status != "paused" || d.Status.IsKnown() || !axhub.DeploymentStatusFailed.IsKnown() {
		t.Errorf("unknown enum value: %q", d.Status)
	}
	if !d.CompletedAt.IsNull() || d.CurrentStage.IsPresent() || d.ImageURI.Value() != "gcr.io/x" {
		t.Errorf("three states: %v %v %v", d.CompletedAt, d.CurrentStage, d.ImageURI)
	}
	reason, _ := d.FailureReason.Get()
	if reason.Code.Value() != "oom" || string(reason.ExtraFields["node"]) != `"n1"` || string(d.ExtraFields["new_field"]) != "[1]" {
		t.Errorf("unknown fields: %+v %v", reason, d.ExtraFields)
	}
	if !d.StartedAt.Equal(time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("started_at: %v", d.StartedAt)
	}
	out, _ := json.Marshal(d)
	var back map[string]any
	_ = json.Unmarshal(out, &back)
	if _, has := back["current_stage"]; has || back["completed_at"] != nil || back["status"] != "paused" || back["new_field"] == nil {
		t.Errorf("re-encoded: %s", out)
	}
	if _, has := back["completed_at"]; !has {
		t.Errorf("null must be sent as null: %s", out)
	}
}

func TestGitConnectionUnionBothShapes(t *testing.T) {
	var status axhub.GitConnectionStatus
	if err := json.Unmarshal([]byte(`{"connected":false,"install_url":"https://github.com/apps/x"}`), &status); err != nil {
		t.Fatal(err)
	}
	off, ok := status.AsGitConnectionDisconnected()
	if !ok || off.InstallURL.Value() != "https://github.com/apps/x" {
		t.Fatalf("disconnected: %#v", status.Value())
	}
	if _, ok := status.AsGitConnectionConnected(); ok {
		t.Fatal("not connected")
	}
	made := axhub.GitConnectionStatusFromGitConnectionConnected(axhub.GitConnectionConnected{Connected: true, Provider: "github", RepoFullName: "o/r", Branch: "main", InstallationID: 1})
	out, _ := json.Marshal(made)
	if string(out) != `{"connected":true,"provider":"github","repo_full_name":"o/r","branch":"main","installation_id":1}` {
		t.Fatalf("encoded: %s", out)
	}
	var odd axhub.GitConnectionStatus
	if err := json.Unmarshal([]byte(`{"connected":"maybe"}`), &odd); err != nil || odd.Value() != nil || string(odd.Raw()) != `{"connected":"maybe"}` {
		t.Fatalf("a shape no variant fits is kept raw: %v %#v", err, odd.Value())
	}
}

func TestErrorsByStatusWithCode(t *testing.T) {
	f := newFakeAPI(t)
	f.on("POST", "/api/v1/apps/"+app+"/deployments", answer{status: 412, body: map[string]any{"statusCode": 412, "code": "no_git_connection", "message": "connect a repository first"}})
	f.on("GET", "/api/v1/apps/"+app+"/deployments/"+did, answer{status: 404, body: map[string]any{"statusCode": 404, "code": "not_found", "message": "deployment not found"}})
	client := newClient(t, f)
	_, err := client.Deployments().DeployPostApiV1AppsByAppIDDeployments(ctx, appParams())
	var precondition *axhub.PreconditionFailedError
	var clientErr *axhub.ClientError
	var apiErr *axhub.APIError
	if !errors.As(err, &precondition) || !errors.As(err, &clientErr) || !errors.As(err, &apiErr) || precondition.Code != "no_git_connection" {
		t.Fatalf("got %T %v", err, err)
	}
	want := "deployPostApiV1AppsByAppIDDeployments: POST /api/v1/apps/" + app + "/deployments returned 412 no_git_connection: connect a repository first"
	if err.Error() != want || apiErr.OperationID != "deployPostApiV1AppsByAppIDDeployments" {
		t.Fatalf("message %q", err.Error())
	}
	_, err = client.Deployments().WaitForDeployment(ctx, deploymentParams())
	var notFound *axhub.NotFoundError
	if !errors.As(err, &notFound) || notFound.StatusCode != 404 {
		t.Fatalf("waiter error: %v", err)
	}
}

func TestMissingPathParamAndUnknownOperationAreRefusedBeforeSending(t *testing.T) {
	f := newFakeAPI(t)
	client := newClient(t, f)
	_, err := client.Deployments().DeployGetApiV1AppsByAppIDDeploymentsByDid(ctx, axhub.OperationParams{PathParams: map[string]string{"appID": app}})
	var invalid *axhub.InvalidArgumentError
	if !errors.As(err, &invalid) || !strings.Contains(err.Error(), `deployGetApiV1AppsByAppIDDeploymentsByDid: invalid argument: path parameter "did" is required`) {
		t.Fatalf("missing did: %v", err)
	}
	_, err = client.Request(ctx, "deployGetApiV1AppsByAppIDDeployment", appParams())
	if !errors.As(err, &invalid) || !strings.Contains(err.Error(), `did you mean "deployGetApiV1AppsByAppIDDeployments"`) {
		t.Fatalf("unknown operationId: %v", err)
	}
	_, err = client.Deployments().DeployPatchApiV1AppsByAppIDGitConnection(ctx, appParams())
	if !errors.As(err, &invalid) || !strings.Contains(err.Error(), "a request body is required") {
		t.Fatalf("required body: %v", err)
	}
	if len(f.seen()) != 0 {
		t.Fatalf("%d requests sent", len(f.seen()))
	}
}

func TestRequestByOperationIDDecodesTypedResults(t *testing.T) {
	f := newFakeAPI(t)
	f.on("GET", "/api/v1/apps/"+app+"/deployments/"+did, answer{status: 200, body: deploymentJSON})
	f.on("POST", "/api/v1/apps/"+app+"/deployments/"+did+"/cancel", answer{status: 204})
	f.on("GET", "/api/v1/apps/"+app+"/git/github/install/start", answer{status: 302, header: map[string]string{"Location": "https://x"}})
	client := newClient(t, f)
	result, err := client.Request(ctx, "deployGetApiV1AppsByAppIDDeploymentsByDid", deploymentParams())
	if d, ok := result.(*axhub.Deployment); err != nil || !ok || d.ID != did {
		t.Fatalf("typed: %#v %v", result, err)
	}
	result, err = client.Request(ctx, "deployPostApiV1AppsByAppIDDeploymentsByDidCancel", deploymentParams())
	if e, ok := result.(axhub.EmptyResult); err != nil || !ok || len(e) != 0 {
		t.Fatalf("empty: %#v %v", result, err)
	}
	result, err = client.Request(ctx, "deployGetApiV1AppsByAppIDGitGithubInstallStart", appParams())
	if r, ok := result.(*axhub.Redirect); err != nil || !ok || r.StatusCode != 302 || r.Location != "https://x" {
		t.Fatalf("redirect: %#v %v", result, err)
	}
}

func TestTriggerRetriesWithOneIdempotencyKey(t *testing.T) {
	f := newFakeAPI(t)
	f.on("POST", "/api/v1/apps/"+app+"/deployments",
		answer{status: 503, body: map[string]any{"code": "unavailable"}},
		answer{status: 429, header: map[string]string{"Retry-After": "2"}, body: map[string]any{"code": "rate_limited", "retryAfter": 2}},
		answer{status: 202, body: deploymentJSON})
	clock := &fakeClock{now: time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)}
	client := newClient(t, f, axhub.WithClock(clock))
	if _, err := client.Deployments().DeployPostApiV1AppsByAppIDDeployments(ctx, appParams()); err != nil {
		t.Fatal(err)
	}
	seen := f.seen()
	key := seen[0].Header.Get("Idempotency-Key")
	if len(seen) != 3 || key == "" || seen[1].Header.Get("Idempotency-Key") != key || seen[2].Header.Get("Idempotency-Key") != key {
		t.Fatalf("%d attempts, keys %q", len(seen), key)
	}
	if clock.sleeps[0] != 500*time.Millisecond || clock.sleeps[1] != 2*time.Second {
		t.Fatalf("sleeps %v", clock.sleeps)
	}
}

func TestIteratorsOfTheThreeStyles(t *testing.T) {
	f := newFakeAPI(t)
	d2 := with(deploymentJSON, map[string]any{"id": "d2"})
	f.on("GET", "/api/v1/apps/"+app+"/deployments",
		answer{status: 200, body: map[string]any{"items": []any{deploymentJSON}, "next_cursor": "", "total": 2}},
		answer{status: 200, body: map[string]any{"items": []any{d2}, "next_cursor": "", "total": 2}})
	f.on("GET", "/api/v1/github/installations/42/repositories",
		answer{status: 200, body: map[string]any{"repositories": []any{map[string]any{"id": 1, "name": "a", "full_name": "o/a", "private": false, "default_branch": "main"}}, "total_count": 2}},
		answer{status: 200, body: map[string]any{"repositories": []any{map[string]any{"id": 2, "name": "b", "full_name": "o/b", "private": false, "default_branch": "main"}}, "total_count": 2}})
	f.on("GET", "/api/v1/apps/"+app+"/logs",
		answer{status: 200, body: map[string]any{"lines": []any{map[string]any{"timestamp": "2026-11-22T09:00:01Z", "stream": "stdout", "message": "one"}}, "next_cursor": "c1", "has_more": true}},
		answer{status: 200, body: map[string]any{"lines": []any{map[string]any{"timestamp": "2026-11-22T09:00:02Z", "stream": "stderr", "message": "two"}}, "next_cursor": "", "has_more": false}})
	client := newClient(t, f)
	var ids []string
	for deployment, err := range client.Deployments().IterDeployGetApiV1AppsByAppIDDeployments(ctx, axhub.OperationParams{PathParams: map[string]string{"appID": app}, Query: map[string]any{"limit": 1}}) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, deployment.ID)
	}
	var names []string
	for repo, err := range client.Deployments().IterDeployGetApiV1GithubInstallationsByInstallationIDRepositories(ctx, axhub.OperationParams{PathParams: map[string]any{"installationID": 42}}) {
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, repo.Name)
	}
	var messages []string
	for line, err := range client.Deployments().IterDeployGetApiV1AppsByAppIDLogs(ctx, appParams()) {
		if err != nil {
			t.Fatal(err)
		}
		messages = append(messages, line.Message)
	}
	if strings.Join(ids, ",") != did+",d2" || strings.Join(names, ",") != "a,b" || strings.Join(messages, ",") != "one,two" {
		t.Fatalf("ids %v names %v messages %v", ids, names, messages)
	}
	var queries []string
	for _, h := range f.seen() {
		queries = append(queries, h.Query)
	}
	if got := strings.Join(queries, " "); got != "limit=1 limit=1&offset=1  page=2  cursor=c1" {
		t.Fatalf("queries %q", got)
	}
}

func TestWaitersForDeploymentAndBootstrap(t *testing.T) {
	f := newFakeAPI(t)
	f.on("GET", "/api/v1/apps/"+app+"/deployments/"+did,
		answer{status: 200, body: deploymentJSON},
		answer{status: 200, body: with(deploymentJSON, map[string]any{"status": "succeeded", "image_uri": "gcr.io/x", "completed_at": "2026-11-22T09:05:00Z"})})
	f.on("GET", "/api/v1/tenants/"+tenant+"/app-bootstraps/b1",
		answer{status: 200, body: map[string]any{"id": "b1", "app_id": "", "stage": "push", "status": "running"}})
	clock := &fakeClock{now: time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)}
	client := newClient(t, f, axhub.WithClock(clock))
	done, err := client.Deployments().WaitForDeployment(ctx, deploymentParams(), axhub.WithPollInterval(3*time.Second))
	if err != nil || done.Status != axhub.DeploymentStatusSucceeded || done.ImageURI.Value() != "gcr.io/x" || clock.sleeps[0] != 3*time.Second {
		t.Fatalf("deployment: %+v %v %v", done, err, clock.sleeps)
	}
	_, err = client.Deployments().WaitForBootstrap(ctx, axhub.OperationParams{PathParams: map[string]string{"tenantID": tenant, "bootstrapID": "b1"}},
		axhub.WithWaitTimeout(10*time.Second))
	var timeout *axhub.WaiterTimeoutError
	if !errors.As(err, &timeout) || timeout.Value != "running" || timeout.Last.(*axhub.Bootstrap).Stage != axhub.BootstrapStagePush {
		t.Fatalf("bootstrap: %v", err)
	}
}

func TestTailLogsFollowsForward(t *testing.T) {
	f := newFakeAPI(t)
	f.on("GET", "/api/v1/apps/"+app+"/logs",
		answer{status: 200, body: map[string]any{"lines": []any{map[string]any{"timestamp": "2026-11-22T09:00:01Z", "stream": "stdout", "message": "one"}}, "next_cursor": "w1", "has_more": false}},
		answer{status: 200, body: map[string]any{"lines": []any{}, "next_cursor": "w1", "has_more": false}},
		answer{status: 200, body: map[string]any{"lines": []any{map[string]any{"timestamp": "2026-11-22T09:00:05Z", "stream": "stderr", "message": "two"}}, "next_cursor": "w2", "has_more": false}})
	clock := &fakeClock{now: time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)}
	client := newClient(t, f, axhub.WithClock(clock))
	var messages []string
	for line, err := range client.Deployments().TailLogs(ctx, appParams(), axhub.WithMaxPolls(3)) {
		if err != nil {
			t.Fatal(err)
		}
		messages = append(messages, line.Message)
	}
	var queries []string
	for _, h := range f.seen() {
		queries = append(queries, h.Query)
	}
	if strings.Join(messages, ",") != "one,two" || strings.Join(queries, " ") != "direction=forward cursor=w1&direction=forward cursor=w1&direction=forward" {
		t.Fatalf("messages %v queries %v", messages, queries)
	}
	if len(clock.sleeps) != 2 || clock.sleeps[0] != 2*time.Second {
		t.Fatalf("polls about every 2 s: %v", clock.sleeps)
	}
}

func TestTenantSignerRedactionAndRawResponse(t *testing.T) {
	f := newFakeAPI(t)
	f.on("GET", "/api/v1/github/accounts", answer{status: 200, header: map[string]string{"X-Request-Id": "req-9"}, body: map[string]any{"accounts": []any{}}})
	var hooked string
	client := newClient(t, f, axhub.WithTenantID(tenant),
		axhub.WithSigner(axhub.SignerFunc(func(r *http.Request, body []byte) error {
			r.Header.Set("X-Agent-Id", "agent-1")
			r.Header.Set("X-Signature", "secret-signature")
			return nil
		})),
		axhub.WithRequestHook(func(r *http.Request) { hooked = r.Header.Get("Authorization") + "|" + r.Header.Get("X-Signature") }))
	var raw *axhub.RawResponse
	if _, err := client.Deployments().DeployGetApiV1GithubAccounts(ctx, axhub.OperationParams{}, axhub.WithResponseInto(&raw)); err != nil {
		t.Fatal(err)
	}
	h := f.seen()[0].Header
	if h.Get("X-Tenant-ID") != tenant || h.Get("X-Signature") != "secret-signature" || h.Get("X-Agent-Id") != "agent-1" {
		t.Fatalf("headers %v", h)
	}
	if hooked != "[REDACTED]|[REDACTED]" {
		t.Fatalf("hook saw %q", hooked)
	}
	if raw == nil || raw.StatusCode != 200 || raw.Header.Get("X-Request-Id") != "req-9" || string(raw.Body) != `{"accounts":[]}` {
		t.Fatalf("raw %+v", raw)
	}
}

func TestDefaultsAndOptions(t *testing.T) {
	t.Setenv("AXHUB_TOKEN", "")
	var invalid *axhub.InvalidArgumentError
	if _, err := axhub.NewClient(); !errors.As(err, &invalid) || !strings.Contains(err.Error(), "WithToken (or AXHUB_TOKEN)") {
		t.Fatalf("every AxHub operation needs a token: %T %v", err, err)
	}
	client, err := axhub.NewClient(axhub.WithToken("")) // none, on purpose
	if err != nil || client.BaseURL() != axhub.DefaultBaseURL || axhub.DefaultBaseURL != "https://api.axhub.ai" {
		t.Fatalf("default base URL: %v %q", err, client.BaseURL())
	}
	if _, err := axhub.NewClient(axhub.WithMaxRetries(-1)); err == nil {
		t.Fatal("negative retries must be refused")
	}
	local, err := client.WithOptions(axhub.WithBaseURL("http://127.0.0.1:8080"))
	if err != nil || local.BaseURL() != "http://127.0.0.1:8080" || client.BaseURL() != axhub.DefaultBaseURL {
		t.Fatalf("WithOptions: %v %q", err, local.BaseURL())
	}
}
