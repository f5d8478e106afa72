package surface

import (
	"errors"
	"strings"
	"testing"

	"github.com/axhub/axhub-go"
)

// TestSeedParamsRefuseWrongValues covers the seed surface's type holes of
// issue 16: OperationParams keeps its any fields, so another operation's
// params struct and "ten" for an integer compile, but each is refused with
// an *InvalidArgumentError before anything is sent.
func TestSeedParamsRefuseWrongValues(t *testing.T) {
	f := newFakeAPI(t)
	client := newClient(t, f)
	d := client.Deployments()
	path := axhub.DeployGetApiV1AppsByAppIDDeploymentsPathParams{AppID: app}
	cases := map[string]func() error{
		`Query got axhub.DeployGetApiV1AppsByAppIDLogsQuery, the Query of operation "deployGetApiV1AppsByAppIDLogs"`: func() error {
			_, err := d.DeployGetApiV1AppsByAppIDDeployments(ctx, axhub.OperationParams{PathParams: path, Query: axhub.DeployGetApiV1AppsByAppIDLogsQuery{}})
			return err
		},
		`PathParams got axhub.DeployPostApiV1AppsByAppIDDeploymentsPathParams`: func() error {
			_, err := d.DeployGetApiV1AppsByAppIDDeployments(ctx, axhub.OperationParams{PathParams: axhub.DeployPostApiV1AppsByAppIDDeploymentsPathParams{AppID: app}})
			return err
		},
		`Query got axhub.DeploymentsTenantFeedParams`: func() error {
			_, err := d.DeployGetApiV1AppsByAppIDDeployments(ctx, axhub.OperationParams{PathParams: path, Query: axhub.DeploymentsTenantFeedParams{}})
			return err
		},
		`"limit" is declared integer, got string "ten"`: func() error {
			_, err := d.DeployGetApiV1AppsByAppIDDeployments(ctx, axhub.OperationParams{PathParams: path, Query: map[string]any{"limit": "ten"}})
			return err
		},
		`"installationID" is declared integer`: func() error {
			_, err := d.DeployGetApiV1GithubInstallationsByInstallationIDRepositories(ctx, axhub.OperationParams{PathParams: map[string]string{"installationID": "forty-two"}})
			return err
		},
		`"limit" is declared integer, got string "ten" (request)`: func() error {
			_, err := client.Request(ctx, "deployGetApiV1AppsByAppIDDeployments", axhub.OperationParams{PathParams: path, Query: map[string]string{"limit": "ten"}})
			return err
		},
	}
	for want, call := range cases {
		err := call()
		var invalid *axhub.InvalidArgumentError
		if !errors.As(err, &invalid) || !strings.Contains(err.Error(), strings.TrimSuffix(want, " (request)")) {
			t.Errorf("want an InvalidArgumentError with %q, got %v", want, err)
		}
	}
	if hits := f.seen(); len(hits) != 0 {
		t.Fatalf("%d request(s) sent", len(hits))
	}
}

// TestSeedParamsOfTheRightOperationAreSent: the operation's own structs and
// text that reads as the declared type still go out.
func TestSeedParamsOfTheRightOperationAreSent(t *testing.T) {
	f := newFakeAPI(t)
	page := map[string]any{"items": []any{}, "next_cursor": "", "total": 0}
	f.on("GET", "/api/v1/apps/"+app+"/deployments", answer{status: 200, body: page}, answer{status: 200, body: page}, answer{status: 200, body: page})
	client := newClient(t, f)
	d := client.Deployments()
	path := axhub.DeployGetApiV1AppsByAppIDDeploymentsPathParams{AppID: app}
	for _, query := range []any{
		axhub.DeployGetApiV1AppsByAppIDDeploymentsQuery{Limit: axhub.Some[int64](5)},
		axhub.DeploymentsListParams{Limit: axhub.Some[int64](5)},
		map[string]string{"limit": "5"},
	} {
		if _, err := d.DeployGetApiV1AppsByAppIDDeployments(ctx, axhub.OperationParams{PathParams: path, Query: query}); err != nil {
			t.Fatalf("%T: %v", query, err)
		}
	}
	if hits := f.seen(); len(hits) != 3 {
		t.Fatalf("%d request(s) sent, want 3", len(hits))
	}
}
