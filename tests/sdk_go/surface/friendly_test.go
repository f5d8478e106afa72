package surface

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/axhub/axhub-go"
)

// TestEveryFriendlyCall makes each of the 24 operations through the resource
// methods (client.Deployments().List(ctx, appID, params), ...) and checks what
// went on the wire: path arguments in path order, the params struct's query,
// header and body fields, and the typed results.
func TestEveryFriendlyCall(t *testing.T) {
	f := newFakeAPI(t)
	base := "/api/v1/apps/" + app
	page := map[string]any{"items": []any{deploymentJSON}, "next_cursor": "", "total": 1}
	gitConnection := map[string]any{"provider": "github", "repo_full_name": "o/r", "branch": "main", "installation_id": 42}
	f.on("GET", base+"/deployments", answer{status: 200, body: page})
	f.on("POST", base+"/deployments", answer{status: 202, body: deploymentJSON})
	f.on("GET", base+"/deployments/"+did, answer{status: 200, body: deploymentJSON})
	f.on("POST", base+"/deployments/"+did+"/cancel", answer{status: 204})
	f.on("POST", base+"/deployments/"+did+"/rollback", answer{status: 202})
	f.on("GET", base+"/diagnosis", answer{status: 200, body: map[string]any{"app_id": app, "applicable": true, "healthy": true, "services": []any{}}})
	f.on("DELETE", base+"/git-connection", answer{status: 204})
	f.on("GET", base+"/git-connection", answer{status: 200, body: with(gitConnection, map[string]any{"connected": true})})
	f.on("PATCH", base+"/git-connection", answer{status: 200, body: gitConnection})
	f.on("POST", base+"/git-connection", answer{status: 201, body: gitConnection})
	f.on("POST", base+"/git/github/connect", answer{status: 201, body: gitConnection})
	f.on("GET", base+"/git/github/install/start", answer{status: 302, header: map[string]string{"Location": "https://github.com/apps/axhub/installations/new?state=s1"}})
	f.on("GET", base+"/logs", answer{status: 200, body: map[string]any{"lines": []any{map[string]any{"timestamp": "2026-11-22T09:00:01Z", "stream": "stdout", "message": "hi"}}, "next_cursor": "", "has_more": false}})
	f.on("POST", base+"/promotions/r1/retry", answer{status: 202})
	f.on("GET", base+"/releases", answer{status: 200, body: map[string]any{"items": []any{map[string]any{"version": 3, "deployment_id": did,
		"commit_sha": "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678", "image_uri": "gcr.io/x", "created_at": "2026-11-22T09:00:00Z",
		"active_prod": true, "active_staging": false, "approved": true}}, "next_cursor": "", "total": 1}})
	f.on("GET", base+"/releases/promote-preflight", answer{status: 200, body: map[string]any{"promotable": true, "missing_images": []string{},
		"diff_keys": []string{}, "ops": []any{}, "cursor_seq": 7}})
	f.on("DELETE", base+"/staging", answer{status: 204})
	f.on("PUT", base+"/staging", answer{status: 202})
	f.on("POST", "/api/v1/git/github/complete", answer{status: 201, body: with(gitConnection, map[string]any{"app_id": app, "tenant_slug": "acme"})})
	f.on("GET", "/api/v1/github/accounts", answer{status: 200, body: map[string]any{"accounts": []any{}}})
	f.on("GET", "/api/v1/github/installations/42/repositories", answer{status: 200, body: map[string]any{"repositories": []any{
		map[string]any{"id": 9, "name": "r", "full_name": "o/r", "private": true, "default_branch": "main"}}, "total_count": 1}})
	f.on("POST", "/api/v1/tenants/"+tenant+"/app-bootstraps", answer{status: 202, body: map[string]any{"bootstrap_id": "b1", "status_url": "/x"}})
	f.on("GET", "/api/v1/tenants/"+tenant+"/app-bootstraps/b1", answer{status: 200, body: map[string]any{"id": "b1", "app_id": "", "stage": "repo", "status": "running"}})
	f.on("GET", "/api/v1/tenants/"+tenant+"/deployments", answer{status: 200, body: page})

	client := newClient(t, f)
	d := client.Deployments()
	git := client.Apps().Git()
	check := func(step string, err error, ok bool) {
		t.Helper()
		if err != nil || !ok {
			t.Fatalf("%s: err=%v ok=%v", step, err, ok)
		}
	}
	var listed []string
	for deployment, err := range d.ListAutoPaging(ctx, app, axhub.DeploymentsListParams{Limit: axhub.Some[int64](20)}) {
		check("list", err, true)
		listed = append(listed, deployment.ID)
	}
	check("list items", nil, strings.Join(listed, ",") == did)
	created, err := d.Trigger(ctx, app, axhub.DeploymentsTriggerParams{ForceRebuild: axhub.Some(true), IdempotencyKey: axhub.Some("k1")})
	check("trigger", err, created.Status == axhub.DeploymentStatusBuilding)
	got, err := d.Get(ctx, app, did)
	check("get", err, got.AppID == app)
	_, err = d.Cancel(ctx, app, did)
	check("cancel", err, true)
	_, err = d.Rollback(ctx, app, did, axhub.DeploymentsRollbackParams{ConfirmSchemaSkew: axhub.Some(true)})
	check("rollback", err, true)
	diagnosis, err := d.Lifecycle().Diagnosis(ctx, app)
	check("diagnosis", err, diagnosis.Healthy)
	_, err = git.Disconnect(ctx, app)
	check("disconnect", err, true)
	status, err := git.Get(ctx, app)
	_, isConnected := status.AsGitConnectionConnected()
	check("git status", err, isConnected)
	patched, err := git.Update(ctx, app, axhub.AppsGitUpdateParams{Branch: "release"})
	check("update", err, patched.Branch == "main")
	registered, err := git.Register(ctx, app, axhub.AppsGitRegisterParams{State: "s1", InstallationID: 42, RepoFullName: "o/r"})
	check("register", err, registered.RepoFullName == "o/r")
	linked, err := git.ConnectGithub(ctx, app, axhub.AppsGitConnectGithubParams{InstallationID: 42, RepoFullName: "o/r"})
	check("connect", err, linked.Provider == "github")
	redirect, err := git.InstallStart(ctx, app)
	check("install start", err, redirect.StatusCode == 302)
	var messages []string
	for line, err := range d.LogsAutoPaging(ctx, app, axhub.DeploymentsLogsParams{Direction: axhub.Some(axhub.LogDirectionBackward),
		Since: axhub.Some(time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC))}) {
		check("logs", err, true)
		messages = append(messages, line.Message)
	}
	check("log lines", nil, strings.Join(messages, ",") == "hi")
	_, err = d.Lifecycle().RetryPromotion(ctx, app, "r1", axhub.DeploymentsLifecycleRetryPromotionParams{})
	check("retry promotion", err, true)
	var versions []int64
	for release, err := range d.Lifecycle().ReleasesAutoPaging(ctx, app, axhub.DeploymentsLifecycleReleasesParams{}) {
		check("releases", err, true)
		versions = append(versions, release.Version)
	}
	check("release versions", nil, len(versions) == 1 && versions[0] == 3)
	preflight, err := d.Lifecycle().PromotePreflight(ctx, app, axhub.DeploymentsLifecyclePromotePreflightParams{DeploymentID: did})
	check("preflight", err, preflight.CursorSeq == 7)
	_, err = d.DisableStaging(ctx, app, axhub.DeploymentsDisableStagingParams{ConfirmDiscardOps: axhub.Some(true)})
	check("disable staging", err, true)
	_, err = d.EnableStaging(ctx, app)
	check("enable staging", err, true)
	completed, err := d.Github().Complete(ctx, axhub.DeploymentsGithubCompleteParams{State: "s1", InstallationID: 42, RepoFullName: "o/r"})
	check("complete", err, completed.TenantSlug == "acme")
	accounts, err := d.Github().Accounts(ctx)
	check("accounts", err, len(accounts.Accounts) == 0)
	var repos []string
	for repo, err := range d.Github().RepositoriesAutoPaging(ctx, 42, axhub.DeploymentsGithubRepositoriesParams{PerPage: axhub.Some[int64](30)}) {
		check("repositories", err, true)
		repos = append(repos, repo.FullName)
	}
	check("repository names", nil, strings.Join(repos, ",") == "o/r")
	accepted, err := d.Bootstraps().Create(ctx, tenant, axhub.DeploymentsBootstrapsCreateParams{TemplateID: "t1", Name: "App", Slug: "app",
		Subdomain: "app", GithubOwner: "o", RepoName: "r"})
	check("bootstrap", err, accepted.BootstrapID == "b1")
	progress, err := d.Bootstraps().Get(ctx, tenant, "b1")
	check("bootstrap status", err, progress.Stage == axhub.BootstrapStageRepo)
	feed, err := d.TenantFeed(ctx, tenant, axhub.DeploymentsTenantFeedParams{Limit: axhub.Some[int64](5)})
	check("tenant feed", err, len(feed.Items) == 1)

	seen := f.seen()
	if len(seen) != 24 {
		t.Fatalf("%d requests for 24 calls", len(seen))
	}
	wire := map[int][2]string{ // request index -> query, body
		0:  {"limit=20", ""},
		1:  {"", `{"force_rebuild":true}`},
		4:  {"", `{"confirm_schema_skew":true}`},
		8:  {"", `{"branch":"release"}`},
		9:  {"", `{"state":"s1","installation_id":42,"repo_full_name":"o/r"}`},
		12: {"direction=backward&since=2026-11-22T09%3A00%3A00Z", ""},
		13: {"", ""},
		16: {"", `{"confirm_discard_ops":true}`},
		20: {"per_page=30", ""},
		23: {"limit=5", ""},
	}
	for index, want := range wire {
		if seen[index].Query != want[0] || seen[index].Body != want[1] {
			t.Fatalf("request %d (%s %s): query %q body %q, want %q %q", index, seen[index].Method, seen[index].Path,
				seen[index].Query, seen[index].Body, want[0], want[1])
		}
	}
	if seen[1].Header.Get("Idempotency-Key") != "k1" {
		t.Fatalf("the params struct's header was not sent: %v", seen[1].Header)
	}
	if seen[15].Query != "deployment_id="+did {
		t.Fatalf("preflight query %q", seen[15].Query)
	}
}

// TestFriendlyOptionalBodyIsLeftOutWhenNoFieldIsGiven: an optional body whose
// fields are all absent is not sent; one given field sends it.
func TestFriendlyOptionalBodyIsLeftOutWhenNoFieldIsGiven(t *testing.T) {
	f := newFakeAPI(t)
	f.on("POST", "/api/v1/apps/"+app+"/deployments", answer{status: 202, body: deploymentJSON})
	client := newClient(t, f)
	if _, err := client.Deployments().Trigger(ctx, app, axhub.DeploymentsTriggerParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := client.Deployments().Trigger(ctx, app, axhub.DeploymentsTriggerParams{CommitSha: axhub.Some("")}); err != nil {
		t.Fatal(err)
	}
	seen := f.seen()
	if seen[0].Body != "" || seen[0].Header.Get("Content-Type") != "" || seen[1].Body != `{"commit_sha":""}` {
		t.Fatalf("bodies %q %q", seen[0].Body, seen[1].Body)
	}
}

// TestFriendlyListPagesThroughEveryItem: a list method with a pagination
// descriptor ranges over every item across pages, as the seed's Iter method
// does, and a call option applies to every page.
func TestFriendlyListPagesThroughEveryItem(t *testing.T) {
	f := newFakeAPI(t)
	d2 := with(deploymentJSON, map[string]any{"id": "d2"})
	f.on("GET", "/api/v1/apps/"+app+"/deployments",
		answer{status: 200, body: map[string]any{"items": []any{deploymentJSON}, "next_cursor": "", "total": 2}},
		answer{status: 200, body: map[string]any{"items": []any{d2}, "next_cursor": "", "total": 2}})
	client := newClient(t, f)
	var ids []string
	for deployment, err := range client.Deployments().ListAutoPaging(ctx, app, axhub.DeploymentsListParams{Limit: axhub.Some[int64](1)},
		axhub.WithHeader("X-Trace", "t1")) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, deployment.ID)
	}
	seen := f.seen()
	if strings.Join(ids, ",") != did+",d2" || len(seen) != 2 || seen[1].Query != "limit=1&offset=1" || seen[1].Header.Get("X-Trace") != "t1" {
		t.Fatalf("ids %v, %d requests, second query %q", ids, len(seen), seen[len(seen)-1].Query)
	}
}

// TestFriendlyErrorsAreTheSeedErrors: a friendly call fails with the same
// typed errors as the seed call.
func TestFriendlyErrorsAreTheSeedErrors(t *testing.T) {
	f := newFakeAPI(t)
	f.on("GET", "/api/v1/apps/"+app+"/deployments/"+did, answer{status: 404, body: map[string]any{"code": "not_found", "message": "no such deployment"}})
	client := newClient(t, f)
	_, err := client.Deployments().Get(ctx, app, did)
	notFound, ok := err.(*axhub.NotFoundError)
	if !ok || notFound.Code != "not_found" {
		t.Fatalf("err %T %v", err, err)
	}
}

// TestGeneratedClientReadsAXHUBVariablesAndRefusesCallsOnceClosed: the
// generated NewClient reads AXHUB_TOKEN and AXHUB_BASE_URL (explicit options
// win), refuses a base URL without a scheme when built, and a closed client's
// resource methods fail with the SDK's own error before sending.
func TestGeneratedClientReadsAXHUBVariablesAndRefusesCallsOnceClosed(t *testing.T) {
	f := newFakeAPI(t)
	f.on("GET", "/api/v1/apps/"+app+"/deployments/"+did, answer{status: 200, body: deploymentJSON})
	t.Setenv("AXHUB_TOKEN", "tok_env")
	t.Setenv("AXHUB_BASE_URL", f.server.URL)
	client, err := axhub.NewClient()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := client.Deployments().Get(ctx, app, did); err != nil {
		t.Fatal(err)
	}
	explicit, err := axhub.NewClient(axhub.WithToken("tok_explicit"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := explicit.Deployments().Get(ctx, app, did); err != nil {
		t.Fatal(err)
	}
	seen := f.seen()
	if seen[0].Header.Get("Authorization") != "Bearer tok_env" || seen[1].Header.Get("Authorization") != "Bearer tok_explicit" {
		t.Fatalf("authorization %q then %q", seen[0].Header.Get("Authorization"), seen[1].Header.Get("Authorization"))
	}
	if err := client.Close(); err != nil {
		t.Fatal(err)
	}
	_, err = client.Deployments().Get(ctx, app, did)
	var invalid *axhub.InvalidArgumentError
	if !errors.As(err, &invalid) || !strings.Contains(invalid.Message, "closed") || len(f.seen()) != 2 {
		t.Fatalf("after Close: %T %v, %d requests", err, err, len(f.seen()))
	}
	t.Setenv("AXHUB_BASE_URL", "localhost:8080")
	if _, err := axhub.NewClient(); !errors.As(err, &invalid) || !strings.Contains(invalid.Message, "AXHUB_BASE_URL") {
		t.Fatalf("bad base URL: %T %v", err, err)
	}
}

// TestFriendlyListReturnsPages: the plain list method returns the first page
// (Items, HasNextPage, NextPage with the call's options, RawResponse), and
// asking past the last page is an *InvalidArgumentError with nothing sent.
func TestFriendlyListReturnsPages(t *testing.T) {
	f := newFakeAPI(t)
	d2 := with(deploymentJSON, map[string]any{"id": "d2"})
	f.on("GET", "/api/v1/apps/"+app+"/deployments",
		answer{status: 200, body: map[string]any{"items": []any{deploymentJSON}, "next_cursor": "", "total": 2}},
		answer{status: 200, body: map[string]any{"items": []any{d2}, "next_cursor": "", "total": 2}})
	client := newClient(t, f)
	var page *axhub.Page[axhub.Deployment]
	page, err := client.Deployments().List(ctx, app, axhub.DeploymentsListParams{Limit: axhub.Some[int64](1)}, axhub.WithHeader("X-Trace", "t2"))
	if err != nil || len(page.Items) != 1 || page.Items[0].ID != did || !page.HasNextPage() || page.RawResponse().StatusCode != 200 {
		t.Fatalf("first page %+v, %v", page, err)
	}
	next, err := page.NextPage(ctx)
	if err != nil || len(next.Items) != 1 || next.Items[0].ID != "d2" || next.HasNextPage() {
		t.Fatalf("second page %+v, %v", next, err)
	}
	seen := f.seen()
	if len(seen) != 2 || seen[1].Query != "limit=1&offset=1" || seen[1].Header.Get("X-Trace") != "t2" {
		t.Fatalf("%d requests, second query %q", len(seen), seen[len(seen)-1].Query)
	}
	_, err = next.NextPage(ctx)
	var invalid *axhub.InvalidArgumentError
	if !errors.As(err, &invalid) || len(f.seen()) != 2 {
		t.Fatalf("past the last page: %T %v, %d requests", err, err, len(f.seen()))
	}
}
