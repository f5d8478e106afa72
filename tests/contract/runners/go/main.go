// Command contract runs tests/contract/scenarios/*.json against a reference
// server through the Go SDK's generic surface: Client.Request by operationId
// (with WithResponseInto for raw steps), Client.Iterate, Client.Wait and
// Client.Tail. The format is tests/contract/README.md.
//
//	go run . --base-url http://127.0.0.1:8080 [--scenarios DIR] [-k NAME]...
//
// Prints one PASS/FAIL line per scenario, then exactly "N passed, N failed";
// exits 1 when anything failed (or nothing ran), 2 on bad arguments or
// malformed scenarios.
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"time"

	"github.com/axhub/axhub-go"
)

const (
	mode               = "go"
	defaultWaitTimeout = 60.0
	defaultWaitPoll    = 0.1
	defaultTailTimeout = 30.0
	defaultTailPoll    = 0.1
)

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func defaultScenarios() string {
	if _, file, _, ok := runtime.Caller(0); ok {
		dir := filepath.Join(filepath.Dir(file), "..", "..", "scenarios")
		if st, err := os.Stat(dir); err == nil && st.IsDir() {
			return dir
		}
	}
	return filepath.Join("tests", "contract", "scenarios")
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("contract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	baseURL := fs.String("base-url", "", "reference server, e.g. http://127.0.0.1:8080 (required)")
	dir := fs.String("scenarios", defaultScenarios(), "folder of *.json scenarios")
	noReset := fs.Bool("no-reset", false, "do not POST /_admin/reset before each scenario")
	var selected multiFlag
	fs.Var(&selected, "k", "run only scenarios whose name contains this (repeatable)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *baseURL == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: contract --base-url URL [--scenarios DIR] [-k NAME]...")
		return 2
	}
	scenarios, err := loadScenarios(*dir)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	if len(selected) > 0 {
		var kept []object
		for _, s := range scenarios {
			for _, k := range selected {
				if strings.Contains(s["name"].(string), k) {
					kept = append(kept, s)
					break
				}
			}
		}
		scenarios = kept
	}
	d := &driver{baseURL: strings.TrimRight(*baseURL, "/"), clients: map[string]*axhub.Client{}}
	passed, failed := 0, 0
	for _, s := range scenarios {
		started := time.Now()
		var failure string
		if !*noReset {
			if err := resetServer(d.baseURL); err != nil {
				failure = "before step 1: " + err.Error()
			}
		}
		if failure == "" {
			failure = d.runScenario(s)
		}
		took := time.Since(started).Seconds()
		if failure == "" {
			passed++
			fmt.Fprintf(stdout, "PASS %s %s (%.2fs)\n", mode, s["name"], took)
		} else {
			failed++
			fmt.Fprintf(stdout, "FAIL %s %s (%.2fs): %s\n", mode, s["name"], took, failure)
		}
	}
	fmt.Fprintf(stdout, "%d passed, %d failed\n", passed, failed)
	if failed > 0 || passed == 0 {
		return 1
	}
	return 0
}

// resetServer loads the fixture again (POST /_admin/reset; needs --faults).
func resetServer(baseURL string) error {
	client := &http.Client{Timeout: 120 * time.Second}
	resp, err := client.Post(baseURL+"/_admin/reset", "", nil)
	if err != nil {
		return fmt.Errorf("POST /_admin/reset failed: %v (is the server running with --faults?)", err)
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)
	if resp.StatusCode != http.StatusNoContent {
		return fmt.Errorf("POST /_admin/reset answered %d", resp.StatusCode)
	}
	return nil
}

func newRunID() string {
	var b [4]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// -- the SDK ------------------------------------------------------------------

type driver struct {
	baseURL string
	clients map[string]*axhub.Client
}

// client is the client of one token (nil: no Authorization), 2 retries, 30 s.
func (d *driver) client(token any) (*axhub.Client, error) {
	key := "\x00none"
	tok, _ := token.(string)
	if token != nil {
		key = tok
	}
	if c, ok := d.clients[key]; ok {
		return c, nil
	}
	c, err := axhub.NewClient(
		axhub.WithBaseURL(d.baseURL),
		axhub.WithToken(tok),
		axhub.WithMaxRetries(2),
		axhub.WithTimeout(30*time.Second),
	)
	if err != nil {
		return nil, err
	}
	d.clients[key] = c
	return c, nil
}

func seconds(v any) time.Duration {
	f, _ := v.(float64)
	return time.Duration(f * float64(time.Second))
}

// options are the step's per-call options and headers.
func options(step object) []axhub.RequestOption {
	var opts []axhub.RequestOption
	if o, ok := step["options"].(object); ok {
		if v, ok := o["maxRetries"].(float64); ok {
			opts = append(opts, axhub.WithMaxRetries(int(v)))
		}
		if v, ok := o["timeoutSeconds"]; ok {
			opts = append(opts, axhub.WithTimeout(seconds(v)))
		}
		if v, ok := o["idempotencyKey"]; ok {
			opts = append(opts, axhub.WithIdempotencyKey(text(v)))
		}
	}
	if h, ok := step["headers"].(object); ok {
		for _, name := range sortedKeys(h) {
			opts = append(opts, axhub.WithHeader(name, text(h[name])))
		}
	}
	return opts
}

func params(step object) (axhub.OperationParams, error) {
	var p axhub.OperationParams
	if v, ok := step["pathParams"].(object); ok {
		p.PathParams = map[string]any(v)
	}
	if v, ok := step["query"].(object); ok {
		p.Query = map[string]any(v)
	}
	if body, ok := step["body"]; ok && body != nil {
		data, err := json.Marshal(body)
		if err != nil {
			return p, err
		}
		p.Body = json.RawMessage(data)
	}
	return p, nil
}

// wire is the JSON shape of an SDK result: its JSON encoding, decoded again.
func wire(v any) (any, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("cannot encode the result %T as JSON: %w", v, err)
	}
	var out any
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, err
	}
	return out, nil
}

// call runs one step through the SDK: the wire-shaped result and, for raw
// steps, the raw response.
func (d *driver) call(step object, token any) (any, *axhub.RawResponse, error) {
	client, err := d.client(token)
	if err != nil {
		return nil, nil, err
	}
	op := step["operation"].(string)
	p, err := params(step)
	if err != nil {
		return nil, nil, err
	}
	opts := options(step)
	hopts, _ := step["helperOptions"].(object)
	get := func(key string, def float64) float64 {
		if v, ok := hopts[key].(float64); ok {
			return v
		}
		return def
	}
	ctx := context.Background()
	helper, _ := step["helper"].(string)
	switch helper {
	case "":
		if step["raw"] == true {
			var raw *axhub.RawResponse
			result, err := client.Request(ctx, op, p, append(opts, axhub.WithResponseInto(&raw))...)
			if err != nil {
				return nil, raw, err
			}
			w, err := wire(result)
			return w, raw, err
		}
		result, err := client.Request(ctx, op, p, opts...)
		if err != nil {
			return nil, nil, err
		}
		w, err := wire(result)
		return w, nil, err
	case "paginate":
		items := []any{}
		for item, err := range client.Iterate(ctx, op, p, opts...) {
			if err != nil {
				return nil, nil, err
			}
			w, err := wire(item)
			if err != nil {
				return nil, nil, err
			}
			items = append(items, w)
		}
		return items, nil, nil
	case "wait":
		waitOpts := append([]axhub.RequestOption{
			axhub.WithWaitTimeout(seconds(get("timeoutSeconds", defaultWaitTimeout))),
			axhub.WithPollInterval(seconds(get("intervalSeconds", defaultWaitPoll))),
		}, opts...)
		result, err := client.Wait(ctx, op, p, waitOpts...)
		if err != nil {
			return nil, nil, err
		}
		w, err := wire(result)
		return w, nil, err
	case "tail":
		take := -1
		if v, ok := hopts["take"].(float64); ok {
			take = int(v)
		}
		tctx, cancel := context.WithTimeout(ctx, seconds(get("timeoutSeconds", defaultTailTimeout)))
		defer cancel()
		tailOpts := append([]axhub.RequestOption{axhub.WithPollInterval(seconds(get("intervalSeconds", defaultTailPoll)))}, opts...)
		items := []any{}
		if take == 0 {
			return items, nil, nil
		}
		for item, err := range client.Tail(tctx, op, p, tailOpts...) {
			if err != nil {
				if tctx.Err() != nil {
					break // the time is up: what arrived so far
				}
				return nil, nil, err
			}
			w, err := wire(item)
			if err != nil {
				return nil, nil, err
			}
			items = append(items, w)
			if take > 0 && len(items) >= take {
				break
			}
		}
		return items, nil, nil
	}
	return nil, nil, fmt.Errorf("unknown helper %q", helper)
}

// errorClass is the neutral name of an SDK error, most specific first; "" for others.
func errorClass(err error) string {
	var (
		timeout    *axhub.TimeoutError
		connection *axhub.ConnectionError
		badRequest *axhub.BadRequestError
		auth       *axhub.AuthenticationError
		forbidden  *axhub.PermissionDeniedError
		notFound   *axhub.NotFoundError
		conflict   *axhub.ConflictError
		failed     *axhub.PreconditionFailedError
		invalid    *axhub.UnprocessableEntityError
		required   *axhub.PreconditionRequiredError
		rateLimit  *axhub.RateLimitError
		server     *axhub.ServerError
		apiErr     *axhub.APIError
	)
	switch {
	case errors.As(err, &timeout):
		return "Timeout"
	case errors.As(err, &connection):
		return "Connection"
	case errors.As(err, &badRequest):
		return "BadRequest"
	case errors.As(err, &auth):
		return "Authentication"
	case errors.As(err, &forbidden):
		return "PermissionDenied"
	case errors.As(err, &notFound):
		return "NotFound"
	case errors.As(err, &conflict):
		return "Conflict"
	case errors.As(err, &failed):
		return "PreconditionFailed"
	case errors.As(err, &invalid):
		return "UnprocessableEntity"
	case errors.As(err, &required):
		return "PreconditionRequired"
	case errors.As(err, &rateLimit):
		return "RateLimit"
	case errors.As(err, &server):
		return "Server"
	case errors.As(err, &apiErr):
		return fmt.Sprintf("Other(%T)", err)
	}
	return ""
}

func describeClass(err error) string {
	if name := errorClass(err); name != "" {
		return name
	}
	return fmt.Sprintf("%T", err)
}

// -- executing a scenario ---------------------------------------------------------

func stepLabel(index int, step object) string {
	helper := ""
	if h, ok := step["helper"].(string); ok {
		helper = h + " "
	}
	note := ""
	if d, ok := step["description"].(string); ok && d != "" {
		note = " (" + d + ")"
	}
	return fmt.Sprintf("step %d %s%v%s", index, helper, step["operation"], note)
}

// runScenario is "" when every step passed, else the failure.
func (d *driver) runScenario(s object) string {
	vars := object{"$run": newRunID()}
	if v, ok := s["vars"].(object); ok {
		for k, x := range v {
			vars[k] = x
		}
	}
	for i, raw := range s["steps"].([]any) {
		step := raw.(object)
		if err := d.runStep(s, step, vars); err != nil {
			var sf *stepFailure
			if errors.As(err, &sf) {
				return fmt.Sprintf("%s: %s", stepLabel(i+1, step), sf.msg)
			}
			return fmt.Sprintf("%s: %T: %v", stepLabel(i+1, step), err, err)
		}
	}
	return ""
}

func (d *driver) runStep(scenario, rawStep object, vars object) error {
	step := object{}
	for k, v := range rawStep {
		if k == "expect" || k == "capture" {
			continue
		}
		sub, err := substitute(v, vars)
		if err != nil {
			return err
		}
		step[k] = sub
	}
	subExpect, err := substitute(rawStep["expect"], vars)
	if err != nil {
		return err
	}
	expect := subExpect.(object)
	token, ok := step["token"]
	if !ok {
		token = scenario["token"]
	}

	started := time.Now()
	result, raw, callErr := d.call(step, token)
	elapsed := time.Since(started).Seconds()

	if want, ok := expect["elapsedAtLeast"].(float64); ok && elapsed+0.005 < want {
		return failf("took %.2fs, expected at least %vs", elapsed, text(want))
	}

	if wantClass, isError := expect["error"]; isError {
		if callErr == nil {
			return failf("expected %v error, got success %s", wantClass, short(result))
		}
		var problems []string
		name := describeClass(callErr)
		if name != wantClass {
			problems = append(problems, fmt.Sprintf("error class %s, expected %v", name, wantClass))
		}
		var apiErr *axhub.APIError
		hasAPI := errors.As(callErr, &apiErr)
		if want, ok := expect["status"]; ok {
			if !hasAPI || !jsonEqual(float64(apiErr.StatusCode), want) {
				got := "none"
				if hasAPI {
					got = fmt.Sprint(apiErr.StatusCode)
				}
				problems = append(problems, fmt.Sprintf("status %s, expected %s", got, text(want)))
			}
		}
		if want, ok := expect["code"]; ok {
			var got any
			if hasAPI && apiErr.Code != "" {
				got = apiErr.Code
			}
			if !jsonEqual(got, want) {
				problems = append(problems, fmt.Sprintf("code %s, expected %s", dump(got), dump(want)))
			}
		}
		if want, ok := expect["retryAfter"]; ok {
			var got any
			if hasAPI {
				if after, ok := apiErr.RetryAfter.Get(); ok {
					got = after.Seconds()
				}
			}
			if got == nil || !jsonEqual(got, want) {
				problems = append(problems, fmt.Sprintf("retryAfter %s, expected %s", dump(got), dump(want)))
			}
		}
		if fields, ok := expect["fields"].(object); ok {
			var body any
			if hasAPI {
				if body, err = wire(apiErr.Body); err != nil {
					return err
				}
			}
			more, err := checkFields(body, fields, vars)
			if err != nil {
				return err
			}
			problems = append(problems, more...)
		}
		if len(problems) > 0 {
			return failf("%s [%v]", strings.Join(problems, "; "), callErr)
		}
		return nil
	}

	if callErr != nil {
		return failf("unexpected %s: %v", describeClass(callErr), callErr)
	}
	var problems []string
	if want, ok := expect["status"]; ok {
		if raw == nil {
			problems = append(problems, "no raw response")
		} else if !jsonEqual(float64(raw.StatusCode), want) {
			problems = append(problems, fmt.Sprintf("status %d, expected %s", raw.StatusCode, text(want)))
		}
	}
	if headers, ok := expect["headers"].(object); ok {
		for _, name := range sortedKeys(headers) {
			values := http.Header(nil)
			if raw != nil {
				values = raw.Header
			}
			if values == nil || len(values.Values(name)) == 0 {
				problems = append(problems, fmt.Sprintf("header %s: missing", name))
				continue
			}
			why, err := checkField(values.Get(name), headers[name], vars)
			if err != nil {
				return err
			}
			if why != "" {
				problems = append(problems, fmt.Sprintf("header %s: %s", name, why))
			}
		}
	}
	if expect["empty"] == true && !jsonEqual(result, object{}) {
		problems = append(problems, fmt.Sprintf("expected an empty result {}, got %s", short(result)))
	}
	list, isList := result.([]any)
	count := "-"
	if isList {
		count = fmt.Sprint(len(list))
	}
	if want, ok := expect["count"].(float64); ok && (!isList || float64(len(list)) != want) {
		problems = append(problems, fmt.Sprintf("count %s, expected %s", count, text(want)))
	}
	if want, ok := expect["minCount"].(float64); ok && (!isList || float64(len(list)) < want) {
		problems = append(problems, fmt.Sprintf("count %s, expected at least %s", count, text(want)))
	}
	if fields, ok := expect["fields"].(object); ok {
		more, err := checkFields(result, fields, vars)
		if err != nil {
			return err
		}
		problems = append(problems, more...)
	}
	if paths, ok := expect["present"].([]any); ok {
		for _, p := range paths {
			if _, there := getPath(result, p.(string)); !there {
				problems = append(problems, fmt.Sprintf("%s: expected present, missing", p))
			}
		}
	}
	if paths, ok := expect["absent"].([]any); ok {
		for _, p := range paths {
			if v, there := getPath(result, p.(string)); there {
				problems = append(problems, fmt.Sprintf("%s: expected absent, got %s", p, short(v)))
			}
		}
	}
	if len(problems) > 0 {
		return failf("%s [result %s]", strings.Join(problems, "; "), short(result))
	}

	capture, _ := rawStep["capture"].(object)
	for _, name := range sortedKeys(capture) {
		spec := capture[name]
		path, _ := spec.(string)
		pattern, hasRegex := "", false
		if m, ok := spec.(object); ok {
			path, _ = m["path"].(string)
			pattern, hasRegex = m["regex"].(string)
		}
		value, there := getPath(result, path)
		if !there {
			return failf("capture %s: %s is missing [result %s]", name, path, short(result))
		}
		if hasRegex {
			re, err := regexp.Compile(pattern)
			if err != nil {
				return failf("capture %s: bad regex %q: %v", name, pattern, err)
			}
			match := re.FindStringSubmatch(text(value))
			if match == nil {
				return failf("capture %s: %q does not match %s", name, pattern, short(value))
			}
			if len(match) > 1 {
				value = match[1]
			} else {
				value = match[0]
			}
		}
		vars[name] = value
	}
	return nil
}
