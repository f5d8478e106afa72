// Command consumer uses the AxHub Go SDK as a user would, from a module of
// its own that requires the SDK: it lists the deployments of the app "shop",
// reads the newest one back, walks every page with the iterator, and reads
// the typed error of a deployment that does not exist (errors.As). Run it as
// `consumer BASE_URL` against a reference server with its fixture; it prints
// "ok ..." and exits 0, or says what differed and exits 1.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/axhub/axhub-go"
)

const (
	shop    = "0c000000-0000-4000-8000-000000000001"
	missing = "0d000000-0000-4000-8000-0000000fffff"
)

func main() {
	if len(os.Args) != 2 {
		fail("usage: consumer BASE_URL")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	client, err := axhub.NewClient(axhub.WithBaseURL(os.Args[1]), axhub.WithToken("tok_owner"))
	if err != nil {
		fail("NewClient: %v", err)
	}
	deployments := client.Deployments()

	page, err := deployments.DeployGetApiV1AppsByAppIDDeployments(ctx, axhub.OperationParams{
		PathParams: axhub.DeployGetApiV1AppsByAppIDDeploymentsPathParams{AppID: shop},
		Query:      axhub.DeployGetApiV1AppsByAppIDDeploymentsQuery{Limit: axhub.Some[int64](5)},
	})
	if err != nil {
		fail("list: %v", err)
	}
	if page.Total < 1 || len(page.Items) < 1 {
		fail("list: shop has no deployments (total %d)", page.Total)
	}
	for _, d := range page.Items {
		if d.AppID != shop {
			fail("list: deployment %s belongs to app %s", d.ID, d.AppID)
		}
	}
	newest := page.Items[0]

	got, err := deployments.DeployGetApiV1AppsByAppIDDeploymentsByDid(ctx, axhub.OperationParams{
		PathParams: axhub.DeployGetApiV1AppsByAppIDDeploymentsByDidPathParams{AppID: shop, Did: newest.ID},
	})
	if err != nil {
		fail("get: %v", err)
	}
	if got.ID != newest.ID || got.Status != newest.Status || !got.StartedAt.Equal(newest.StartedAt) {
		fail("get: %s (%s) differs from the listed %s (%s)", got.ID, got.Status, newest.ID, newest.Status)
	}

	var walked int64
	for d, err := range deployments.IterDeployGetApiV1AppsByAppIDDeployments(ctx, axhub.OperationParams{
		PathParams: axhub.DeployGetApiV1AppsByAppIDDeploymentsPathParams{AppID: shop},
		Query:      axhub.DeployGetApiV1AppsByAppIDDeploymentsQuery{Limit: axhub.Some[int64](1)},
	}) {
		if err != nil {
			fail("iterate: %v", err)
		}
		if d.AppID != shop {
			fail("iterate: deployment %s belongs to app %s", d.ID, d.AppID)
		}
		walked++
	}
	if walked != page.Total {
		fail("iterate: %d deployments, the list said %d", walked, page.Total)
	}

	_, err = deployments.DeployGetApiV1AppsByAppIDDeploymentsByDid(ctx, axhub.OperationParams{
		PathParams: axhub.DeployGetApiV1AppsByAppIDDeploymentsByDidPathParams{AppID: shop, Did: missing},
	})
	var notFound *axhub.NotFoundError
	if !errors.As(err, &notFound) {
		fail("missing deployment: want *axhub.NotFoundError, got %T: %v", err, err)
	}
	if notFound.StatusCode != 404 || notFound.OperationID != "deployGetApiV1AppsByAppIDDeploymentsByDid" {
		fail("missing deployment: status %d, operation %q", notFound.StatusCode, notFound.OperationID)
	}
	var apiErr *axhub.APIError
	if !errors.As(err, &apiErr) || apiErr.Code != notFound.Code {
		fail("missing deployment: the *axhub.APIError is not reachable with errors.As")
	}
	fmt.Printf("ok go: %d deployments (%d walked), got %s (%s), missing -> %d %s\n",
		page.Total, walked, got.ID, got.Status, notFound.StatusCode, notFound.Code)
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "consumer: "+format+"\n", args...)
	os.Exit(1)
}
