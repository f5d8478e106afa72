package surface

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/axhub/axhub-go"
)

// TestMisuseIsTheSDKsOwnError walks every Go case of issue 16's "What users
// found" that compiles (the compile-time ones are tests/sdk_go/test_go_friendly.py)
// and the misuse the other SDKs showed: each is an *axhub.InvalidArgumentError
// (the SDK's own error, never a bare Go error or the server's 401), raised
// before anything is sent.
func TestMisuseIsTheSDKsOwnError(t *testing.T) {
	f := newFakeAPI(t)
	f.on("GET", "/api/v1/apps/"+app+"/deployments", answer{status: 200, body: map[string]any{"items": []any{deploymentJSON}, "next_cursor": "", "total": 1}})
	t.Setenv("AXHUB_TOKEN", "")
	t.Setenv("AXHUB_BASE_URL", "")
	client := newClient(t, f)
	d := client.Deployments()
	path := axhub.DeployGetApiV1AppsByAppIDDeploymentsPathParams{AppID: app}
	lastPage, err := d.List(ctx, app, axhub.DeploymentsListParams{})
	if err != nil || lastPage.HasNextPage() {
		t.Fatalf("list: %v", err)
	}
	sent := len(f.seen())
	closed := newClient(t, f)
	if err := closed.Close(); err != nil {
		t.Fatal(err)
	}
	build := func(opts ...axhub.RequestOption) error {
		_, err := axhub.NewClient(opts...)
		return err
	}
	cases := []struct {
		name, want string
		misuse     func() error
	}{
		{"another operation's params struct (seed form)", "the Query of operation", func() error {
			_, err := d.DeployGetApiV1AppsByAppIDDeployments(ctx, axhub.OperationParams{PathParams: path, Query: axhub.DeployGetApiV1AppsByAppIDLogsQuery{}})
			return err
		}},
		{`"ten" for an integer (seed form)`, `declared integer, got string "ten"`, func() error {
			_, err := d.DeployGetApiV1AppsByAppIDDeployments(ctx, axhub.OperationParams{PathParams: path, Query: map[string]any{"limit": "ten"}})
			return err
		}},
		{"a string where the path parameters belong", "PathParams", func() error {
			_, err := d.DeployGetApiV1AppsByAppIDDeployments(ctx, axhub.OperationParams{PathParams: app})
			return err
		}},
		{"a missing path parameter", "appID", func() error {
			_, err := d.DeployGetApiV1AppsByAppIDDeployments(ctx, axhub.OperationParams{})
			return err
		}},
		{"a misspelt operationId", "did you mean", func() error {
			_, err := client.Request(ctx, "deployGetApiV1AppsByAppIDDeployment", axhub.OperationParams{PathParams: path})
			return err
		}},
		{"a nil context", "nil context", func() error {
			var none context.Context
			_, err := d.Get(none, app, did)
			return err
		}},
		{"no token at all (was the server's 401 on the first call)", "WithToken (or AXHUB_TOKEN)", func() error {
			return build()
		}},
		{"ftp:// base URL", "not an absolute http(s) URL", func() error {
			return build(axhub.WithToken("t"), axhub.WithBaseURL("ftp://example.com"))
		}},
		{"a base URL without a scheme (localhost:8080)", "not an absolute http(s) URL", func() error {
			return build(axhub.WithToken("t"), axhub.WithBaseURL("localhost:8080"))
		}},
		{"a base URL without a scheme from AXHUB_BASE_URL", "AXHUB_BASE_URL", func() error {
			t.Setenv("AXHUB_BASE_URL", "localhost:8080")
			defer t.Setenv("AXHUB_BASE_URL", "")
			return build(axhub.WithToken("t"))
		}},
		{"a bad timeout when the client is built", "WithTimeout", func() error {
			return build(axhub.WithToken("t"), axhub.WithTimeout(-5*time.Second))
		}},
		{"a bad timeout on one call", "WithTimeout", func() error {
			_, err := d.Get(ctx, app, did, axhub.WithTimeout(-time.Second))
			return err
		}},
		{"an unknown AXHUB_LOG", "AXHUB_LOG", func() error {
			t.Setenv("AXHUB_LOG", "loud")
			defer t.Setenv("AXHUB_LOG", "")
			return build(axhub.WithToken("t"))
		}},
		{"a call on a closed client (friendly form)", "closed", func() error {
			_, err := closed.Deployments().Get(ctx, app, did)
			return err
		}},
		{"a call on a closed client (seed form and by operationId)", "closed", func() error {
			_, err := closed.Request(ctx, "deployGetApiV1AppsByAppIDDeploymentsByDid", axhub.OperationParams{PathParams: map[string]string{"appID": app, "did": did}})
			return err
		}},
		{"a list on a closed client", "closed", func() error {
			_, err := closed.Deployments().List(ctx, app, axhub.DeploymentsListParams{})
			return err
		}},
		{"a waiter that could never stop (negative bounds)", "WaitOptions.MaxPolls", func() error {
			_, err := d.WaitFor(ctx, app, did, axhub.WaitOptions{MaxPolls: -1})
			return err
		}},
		{"a tail with a negative interval", "WaitOptions.Interval", func() error {
			for _, err := range d.FollowLogs(ctx, app, axhub.DeploymentsLogsParams{}, axhub.WaitOptions{Interval: -time.Second}) {
				return err
			}
			return nil
		}},
		{"the page after the last one", "no next page", func() error {
			_, err := lastPage.NextPage(ctx)
			return err
		}},
	}
	for _, tc := range cases {
		err := tc.misuse()
		var invalid *axhub.InvalidArgumentError
		if !errors.As(err, &invalid) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: want an *axhub.InvalidArgumentError naming %q, got %T %v", tc.name, tc.want, err, err)
			continue
		}
		t.Logf("%s: %v", tc.name, err)
	}
	if hits := len(f.seen()); hits != sent {
		t.Fatalf("misuse sent %d request(s)", hits-sent)
	}
}
