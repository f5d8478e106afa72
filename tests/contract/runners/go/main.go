// Command contract runs tests/contract/scenarios (AxHub's *.json and every
// other API's <api>/*.json) against each API's reference server through its Go
// SDK's generic surface: Client.Request by operationId (with WithResponseInto
// for raw steps), Client.Iterate, Client.Wait and Client.Tail. The format is
// tests/contract/README.md.
//
//	go run . --base-url http://127.0.0.1:8080 [--server deplite=URL]... [--api NAME]... [--scenarios DIR] [-k NAME]...
//
// Prints one PASS/FAIL line per scenario, then exactly "N passed, N failed";
// exits 1 when anything failed (or nothing ran), 2 on bad arguments or
// malformed scenarios.
package main

import (
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
	"slices"
	"sort"
	"strings"
	"time"
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
	baseURL := fs.String("base-url", "", "AxHub's reference server, e.g. http://127.0.0.1:8080")
	var serverFlags, apiFlags multiFlag
	fs.Var(&serverFlags, "server", "another API's server as API=URL, e.g. deplite=http://127.0.0.1:8081 (repeatable)")
	fs.Var(&apiFlags, "api", "run only the scenarios of this API (repeatable)")
	dir := fs.String("scenarios", defaultScenarios(), "folder of *.json scenarios")
	noReset := fs.Bool("no-reset", false, "do not POST /_admin/reset before each scenario")
	var selected multiFlag
	fs.Var(&selected, "k", "run only scenarios whose name contains this (repeatable)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	servers, err := parseServers(*baseURL, serverFlags)
	if err != nil || fs.NArg() > 0 || len(servers) == 0 {
		if err != nil {
			fmt.Fprintln(stderr, err)
		}
		fmt.Fprintln(stderr, "usage: contract [--base-url URL] [--server API=URL]... [--api NAME]... [--scenarios DIR] [-k NAME]...")
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
	if len(apiFlags) > 0 {
		var kept []object
		for _, s := range scenarios {
			if slices.Contains(apiFlags, scenarioAPI(s)) {
				kept = append(kept, s)
			}
		}
		scenarios = kept
	}
	var missing []string
	for _, s := range scenarios {
		if api := scenarioAPI(s); servers[api] == "" && !slices.Contains(missing, api) {
			missing = append(missing, api)
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		fmt.Fprintf(stderr, "no server for the scenarios of %s: pass --base-url (axhub) or --server API=URL (or select other scenarios with --api / -k)\n", strings.Join(missing, ", "))
		return 2
	}
	d := &driver{servers: servers, apis: map[string]apiDriver{}}
	passed, failed := 0, 0
	for _, s := range scenarios {
		started := time.Now()
		var failure string
		if !*noReset {
			if err := resetServer(servers[scenarioAPI(s)]); err != nil {
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

// parseServers is --base-url (AxHub's) and every --server API=URL as api -> root URL.
func parseServers(baseURL string, pairs []string) (map[string]string, error) {
	servers := map[string]string{}
	if baseURL != "" {
		servers[apiNames[0]] = strings.TrimRight(baseURL, "/")
	}
	for _, pair := range pairs {
		api, url, found := strings.Cut(pair, "=")
		if !found || !slices.Contains(apiNames, api) || !(strings.HasPrefix(url, "http://") || strings.HasPrefix(url, "https://")) {
			return nil, fmt.Errorf("--server %q: expected API=URL with API one of %s", pair, strings.Join(apiNames, ", "))
		}
		servers[api] = strings.TrimRight(url, "/")
	}
	return servers, nil
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

// driver holds one apiDriver per API, made when its first scenario runs.
type driver struct {
	servers map[string]string
	apis    map[string]apiDriver
}

func (d *driver) api(name string) apiDriver {
	if a, ok := d.apis[name]; ok {
		return a
	}
	a := drivers[name](d.servers[name])
	d.apis[name] = a
	return a
}

func seconds(v any) time.Duration {
	f, _ := v.(float64)
	return time.Duration(f * float64(time.Second))
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

func describeClass(out outcome) string {
	if out.class != "" {
		return out.class
	}
	return fmt.Sprintf("%T", out.err)
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
	out := d.api(scenarioAPI(scenario)).call(step, token)
	elapsed := time.Since(started).Seconds()
	result, callErr := out.result, out.err

	if want, ok := expect["elapsedAtLeast"].(float64); ok && elapsed+0.005 < want {
		return failf("took %.2fs, expected at least %vs", elapsed, text(want))
	}

	if wantClass, isError := expect["error"]; isError {
		if callErr == nil {
			return failf("expected %v error, got success %s", wantClass, short(result))
		}
		var problems []string
		name := describeClass(out)
		if name != wantClass {
			problems = append(problems, fmt.Sprintf("error class %s, expected %v", name, wantClass))
		}
		hasAPI := out.hasAPI
		if want, ok := expect["status"]; ok {
			if !hasAPI || !jsonEqual(float64(out.status), want) {
				got := "none"
				if hasAPI {
					got = fmt.Sprint(out.status)
				}
				problems = append(problems, fmt.Sprintf("status %s, expected %s", got, text(want)))
			}
		}
		if want, ok := expect["code"]; ok {
			got := out.code
			if !jsonEqual(got, want) {
				problems = append(problems, fmt.Sprintf("code %s, expected %s", dump(got), dump(want)))
			}
		}
		if want, ok := expect["retryAfter"]; ok {
			got := out.retryAfter
			if got == nil || !jsonEqual(got, want) {
				problems = append(problems, fmt.Sprintf("retryAfter %s, expected %s", dump(got), dump(want)))
			}
		}
		if fields, ok := expect["fields"].(object); ok {
			if out.bodyErr != nil {
				return out.bodyErr
			}
			more, err := checkFields(out.body, fields, vars)
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
		return failf("unexpected %s: %v", describeClass(out), callErr)
	}
	var problems []string
	if want, ok := expect["status"]; ok {
		if !out.hasRaw {
			problems = append(problems, "no raw response")
		} else if !jsonEqual(float64(out.rawStatus), want) {
			problems = append(problems, fmt.Sprintf("status %d, expected %s", out.rawStatus, text(want)))
		}
	}
	if headers, ok := expect["headers"].(object); ok {
		for _, name := range sortedKeys(headers) {
			values := out.rawHeader
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
