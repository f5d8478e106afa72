// Command consumer uses two SDKs generated from two different API
// descriptions in one program: the AxHub Go SDK lists the deployments of the
// app "shop" (one page, then every item), and the Deplite Go SDK has the
// owner make an enrollment token, an agent enroll with it and send a signed
// heartbeat. Each SDK keeps its own runtime (internal/core of its module),
// options and errors. Run it as `consumer AXHUB_URL DEPLITE_URL` against the
// two reference servers; it prints "ok ..." and exits 0, or says what
// differed and exits 1.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/axhub/axhub-go"
	"github.com/deplite/deplite-go"
)

const shop = "0c000000-0000-4000-8000-000000000001"

func main() {
	if len(os.Args) != 3 {
		fail("usage: consumer AXHUB_URL DEPLITE_URL")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	hub, err := axhub.NewClient(axhub.WithBaseURL(os.Args[1]), axhub.WithToken("tok_owner"))
	if err != nil {
		fail("axhub.NewClient: %v", err)
	}
	page, err := hub.Deployments().List(ctx, shop, axhub.DeploymentsListParams{Limit: axhub.Some[int64](2)})
	if err != nil || len(page.Items) == 0 {
		fail("axhub list: %v", err)
	}
	all := 0
	for d, err := range hub.Deployments().ListAutoPaging(ctx, shop, axhub.DeploymentsListParams{Limit: axhub.Some[int64](2)}) {
		if err != nil {
			fail("axhub list every page: %v", err)
		}
		if d.AppID != shop {
			fail("axhub: deployment %s of app %s", d.ID, d.AppID)
		}
		all++
	}

	owner, err := deplite.NewClient(deplite.WithBaseURL(os.Args[2]+"/api"), deplite.WithAgentBaseURL(os.Args[2]),
		deplite.WithToken("tok_owner"))
	if err != nil {
		fail("deplite.NewClient: %v", err)
	}
	enrollment, err := owner.Agents().CreateEnrollmentToken2(ctx, "org-abc", deplite.AgentsCreateEnrollmentToken2Params{Label: "two-sdks"})
	if err != nil {
		fail("deplite enrollment token: %v", err)
	}
	newcomer, err := owner.WithOptions(deplite.WithToken(enrollment.Token))
	if err != nil {
		fail("deplite WithOptions: %v", err)
	}
	creds, err := newcomer.Agent().Enroll(ctx, deplite.AgentEnrollParams{Hostname: deplite.Some("two-sdks")})
	if err != nil {
		fail("deplite enroll: %v", err)
	}
	agent, err := owner.WithOptions(deplite.WithToken(""), deplite.WithSigningKey(creds.AgentID, creds.AgentSecret))
	if err != nil {
		fail("deplite agent client: %v", err)
	}
	if _, err := agent.Agent().Heartbeat(ctx, deplite.AgentHeartbeatParams{Version: deplite.Some("1.0")}); err != nil {
		fail("deplite signed heartbeat: %v", err)
	}

	// Each SDK's errors are its own types.
	_, err = hub.Deployments().Get(ctx, shop, "0d000000-0000-4000-8000-0000000fffff")
	var hubMissing *axhub.NotFoundError
	var depliteMissing *deplite.NotFoundError
	if !errors.As(err, &hubMissing) || errors.As(err, &depliteMissing) {
		fail("axhub missing deployment: %T %v", err, err)
	}
	fmt.Printf("ok go two sdks: axhub %d deployments of shop, deplite agent %s signed in\n", all, creds.AgentID)
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "consumer: "+format+"\n", args...)
	os.Exit(1)
}
