// Command call-overhead-go measures the per-call overhead of the Go SDK
// against bare net/http + encoding/json (decoding into any) on the same
// request. tests/bench/call_overhead_bench.py builds and runs it; its only
// argument is the JSON config described there, and it prints one JSON line.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"runtime/pprof"
	"slices"
	"strconv"
	"syscall"
	"time"

	"github.com/axhub/axhub-go"
)

// bareUserAgent lets the canned server count the bare path's connections apart.
const bareUserAgent = "call-overhead-bare"

type config struct {
	BaseURL string   `json:"base_url"`
	Token   string   `json:"token"`
	App     string   `json:"app"`
	Did     string   `json:"did"`
	Limit   int64    `json:"limit"`
	N       int      `json:"n"`
	Warmup  int      `json:"warmup"`
	Block   int      `json:"block"`
	Calls   []string `json:"calls"`
	// Profile, when set, names a file for a CPU profile (runtime/pprof) of the
	// measured blocks of both paths: `go tool pprof -top FILE` shows where each spends.
	Profile string `json:"profile"`
}

type row struct {
	Client           string    `json:"client"`
	Call             string    `json:"call"`
	SDKUsPerCall     float64   `json:"sdk_us_per_call"`
	BareUsPerCall    float64   `json:"bare_us_per_call"`
	SDKCPUUsPerCall  float64   `json:"sdk_cpu_us_per_call"`
	BareCPUUsPerCall float64   `json:"bare_cpu_us_per_call"`
	SDKBlocks        []float64 `json:"sdk_blocks"`
	BareBlocks       []float64 `json:"bare_blocks"`
	SDKValue         any       `json:"sdk_value"`
	BareValue        any       `json:"bare_value"`
}

// A path makes one call and returns the decoded answer.
type path func() (any, error)

// A summarizer picks out of a decoded answer what both paths must agree on.
type summarizer func(any) (any, error)

func cpuTime() time.Duration {
	var usage syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &usage); err != nil {
		return 0
	}
	return time.Duration(usage.Utime.Nano() + usage.Stime.Nano())
}

func mean(values []float64) float64 {
	total := 0.0
	for _, v := range values {
		total += v
	}
	return total / float64(len(values))
}

func median(values []float64) float64 {
	sorted := slices.Clone(values)
	slices.Sort(sorted)
	middle := len(sorted) / 2
	if len(sorted)%2 == 1 {
		return sorted[middle]
	}
	return (sorted[middle-1] + sorted[middle]) / 2
}

// measure runs the warm-up, then alternating timed blocks of both paths
// (the order flips every round).
func measure(cfg config, call string, sdk, bare path, sdkSummary, bareSummary summarizer) (row, error) {
	paths := map[string]path{"sdk": sdk, "bare": bare}
	for i := 0; i < cfg.Warmup; i++ {
		for _, name := range []string{"sdk", "bare"} {
			if _, err := paths[name](); err != nil {
				return row{}, fmt.Errorf("%s warm-up: %w", name, err)
			}
		}
	}
	wall := map[string][]float64{}
	cpu := map[string][]float64{}
	last := map[string]any{}
	rounds := max(1, (cfg.N+cfg.Block-1)/cfg.Block)
	for round := 0; round < rounds; round++ {
		order := []string{"sdk", "bare"}
		if round%2 == 1 {
			order = []string{"bare", "sdk"}
		}
		for _, name := range order {
			startWall, startCPU := time.Now(), cpuTime()
			for i := 0; i < cfg.Block; i++ {
				value, err := paths[name]()
				if err != nil {
					return row{}, fmt.Errorf("%s: %w", name, err)
				}
				last[name] = value
			}
			perCall := float64(cfg.Block) * float64(time.Microsecond)
			wall[name] = append(wall[name], float64(time.Since(startWall))/perCall)
			cpu[name] = append(cpu[name], float64(cpuTime()-startCPU)/perCall)
		}
	}
	sdkValue, err := sdkSummary(last["sdk"])
	if err != nil {
		return row{}, err
	}
	bareValue, err := bareSummary(last["bare"])
	if err != nil {
		return row{}, err
	}
	return row{
		Client: "go", Call: call,
		SDKUsPerCall: median(wall["sdk"]), BareUsPerCall: median(wall["bare"]),
		SDKCPUUsPerCall: mean(cpu["sdk"]), BareCPUUsPerCall: mean(cpu["bare"]),
		SDKBlocks: wall["sdk"], BareBlocks: wall["bare"],
		SDKValue: sdkValue, BareValue: bareValue,
	}, nil
}

func deploymentSummary(d *axhub.Deployment) map[string]any {
	return map[string]any{"id": d.ID, "status": string(d.Status), "image_uri": d.ImageURI.Ptr()}
}

func pageSummary(p *axhub.DeploymentPage) map[string]any {
	ids, codes := []string{}, []any{}
	for _, item := range p.Items {
		ids = append(ids, item.ID)
		if reason, ok := item.FailureReason.Get(); ok {
			codes = append(codes, reason.Code.Ptr())
		}
	}
	return map[string]any{"total": p.Total, "ids": ids, "failure_codes": codes}
}

func genericSummary(call string, tree any) (map[string]any, error) {
	object, ok := tree.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("not a JSON object: %T", tree)
	}
	if call == "get" || call == "get_resource" {
		return map[string]any{"id": object["id"], "status": object["status"], "image_uri": object["image_uri"]}, nil
	}
	items, _ := object["items"].([]any)
	ids, codes := []any{}, []any{}
	for _, raw := range items {
		item, _ := raw.(map[string]any)
		ids = append(ids, item["id"])
		if reason, ok := item["failure_reason"].(map[string]any); ok {
			codes = append(codes, reason["code"])
		}
	}
	return map[string]any{"total": object["total"], "ids": ids, "failure_codes": codes}, nil
}

// bareCall is the same GET with net/http and encoding/json into any.
func bareCall(client *http.Client, target, token string) (any, error) {
	request, err := http.NewRequestWithContext(context.Background(), http.MethodGet, target, nil)
	if err != nil {
		return nil, err
	}
	request.Header.Set("Accept", "application/json")
	request.Header.Set("User-Agent", bareUserAgent)
	request.Header.Set("Authorization", "Bearer "+token)
	response, err := client.Do(request)
	if err != nil {
		return nil, err
	}
	defer response.Body.Close()
	body, err := io.ReadAll(response.Body)
	if err != nil {
		return nil, err
	}
	if response.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("status %d: %s", response.StatusCode, body)
	}
	var tree any
	if err := json.Unmarshal(body, &tree); err != nil {
		return nil, err
	}
	return tree, nil
}

func run(cfg config) ([]row, error) {
	client, err := axhub.NewClient(axhub.WithBaseURL(cfg.BaseURL), axhub.WithToken(cfg.Token))
	if err != nil {
		return nil, err
	}
	deployments := client.Deployments()
	ctx := context.Background()
	httpClient := &http.Client{}
	base := cfg.BaseURL + "/api/v1/apps/" + url.PathEscape(cfg.App) + "/deployments"
	var rows []row
	for _, call := range cfg.Calls {
		var sdk, bare path
		var sdkSummary summarizer
		switch call {
		case "get":
			params := axhub.OperationParams{
				PathParams: axhub.DeployGetApiV1AppsByAppIDDeploymentsByDidPathParams{AppID: cfg.App, Did: cfg.Did},
			}
			sdk = func() (any, error) { return deployments.DeployGetApiV1AppsByAppIDDeploymentsByDid(ctx, params) }
			sdkSummary = func(v any) (any, error) { return deploymentSummary(v.(*axhub.Deployment)), nil }
			target := base + "/" + url.PathEscape(cfg.Did)
			bare = func() (any, error) { return bareCall(httpClient, target, cfg.Token) }
		case "get_resource":
			sdk = func() (any, error) { return deployments.Get(ctx, cfg.App, cfg.Did) }
			sdkSummary = func(v any) (any, error) { return deploymentSummary(v.(*axhub.Deployment)), nil }
			target := base + "/" + url.PathEscape(cfg.Did)
			bare = func() (any, error) { return bareCall(httpClient, target, cfg.Token) }
		case "list":
			params := axhub.OperationParams{
				PathParams: axhub.DeployGetApiV1AppsByAppIDDeploymentsPathParams{AppID: cfg.App},
				Query:      axhub.DeployGetApiV1AppsByAppIDDeploymentsQuery{Limit: axhub.Some(cfg.Limit)},
			}
			sdk = func() (any, error) { return deployments.DeployGetApiV1AppsByAppIDDeployments(ctx, params) }
			sdkSummary = func(v any) (any, error) { return pageSummary(v.(*axhub.DeploymentPage)), nil }
			target := base + "?limit=" + strconv.FormatInt(cfg.Limit, 10)
			bare = func() (any, error) { return bareCall(httpClient, target, cfg.Token) }
		default:
			return nil, fmt.Errorf("unknown call %q", call)
		}
		bareSummary := func(v any) (any, error) { return genericSummary(call, v) }
		measured, err := measure(cfg, call, sdk, bare, sdkSummary, bareSummary)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", call, err)
		}
		rows = append(rows, measured)
	}
	return rows, nil
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: call-overhead-go CONFIG_JSON")
		os.Exit(2)
	}
	var cfg config
	if err := json.Unmarshal([]byte(os.Args[1]), &cfg); err != nil || cfg.Block <= 0 {
		fmt.Fprintf(os.Stderr, "bad config: %v\n", err)
		os.Exit(2)
	}
	if cfg.Profile != "" {
		out, err := os.Create(cfg.Profile)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(out); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	rows, err := run(cfg)
	if cfg.Profile != "" {
		pprof.StopCPUProfile()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out, err := json.Marshal(map[string]any{"rows": rows})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(string(out))
}
