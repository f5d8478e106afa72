// Package surface tests the generated AxHub Go SDK from the outside, as a user
// would: the seed's calls, typed models and the helpers, over httptest.
package surface

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/axhub/axhub-go"
)

const (
	app    = "5f0c2b8e-8d47-4d4e-9d8c-1f2e3a4b5c6d"
	did    = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
	tenant = "0c4e7a52-1d2b-4f7a-9a51-8f3f1e2d3c4b"
)

var deploymentJSON = map[string]any{
	"id": did, "app_id": app, "commit_sha": "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
	"status": "building", "trigger_source": "manual", "started_at": "2026-11-22T09:00:00Z",
	"completed_at": nil, "current_stage": "building", "failure_reason": nil, "image_uri": nil,
}

func with(base map[string]any, changes map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range base {
		out[k] = v
	}
	for k, v := range changes {
		out[k] = v
	}
	return out
}

// hit is one request the fake server saw.
type hit struct {
	Method, Path, Query string
	Header              http.Header
	Body                string
}

// answer is a scripted response.
type answer struct {
	status int
	header map[string]string
	body   any // marshalled to JSON unless it is a string
}

// fakeAPI answers each "METHOD /escaped/path" with its scripted answers in
// order (the last repeats) and records every request.
type fakeAPI struct {
	mu      sync.Mutex
	script  map[string][]answer
	hits    []hit
	server  *httptest.Server
	counter map[string]int
}

func newFakeAPI(t *testing.T) *fakeAPI {
	t.Helper()
	f := &fakeAPI{script: map[string][]answer{}, counter: map[string]int{}}
	f.server = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.server.Close)
	return f
}

func (f *fakeAPI) on(method, path string, answers ...answer) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.script[method+" "+path] = answers
}

func (f *fakeAPI) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	key := r.Method + " " + r.URL.EscapedPath()
	f.mu.Lock()
	f.hits = append(f.hits, hit{r.Method, r.URL.EscapedPath(), r.URL.RawQuery, r.Header.Clone(), string(body)})
	answers := f.script[key]
	n := f.counter[key]
	f.counter[key]++
	f.mu.Unlock()
	if len(answers) == 0 {
		w.WriteHeader(http.StatusTeapot)
		_, _ = io.WriteString(w, `{"code":"unscripted","message":"`+key+`"}`)
		return
	}
	a := answers[min(n, len(answers)-1)]
	for k, v := range a.header {
		w.Header().Set(k, v)
	}
	var data []byte
	switch b := a.body.(type) {
	case nil:
	case string:
		data = []byte(b)
	default:
		data, _ = json.Marshal(b)
	}
	if len(data) > 0 && w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(a.status)
	_, _ = w.Write(data)
}

func (f *fakeAPI) seen() []hit {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]hit(nil), f.hits...)
}

// fakeClock records waits instead of sleeping.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	sleeps []time.Duration
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sleeps = append(c.sleeps, d)
	c.now = c.now.Add(d)
	return ctx.Err()
}

func newClient(t *testing.T, f *fakeAPI, opts ...axhub.RequestOption) *axhub.Client {
	t.Helper()
	base := []axhub.RequestOption{axhub.WithBaseURL(f.server.URL), axhub.WithToken("tok_owner"),
		axhub.WithJitter(func() float64 { return 1 })}
	client, err := axhub.NewClient(append(base, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return client
}

var ctx = context.Background()

func appParams() axhub.OperationParams {
	return axhub.OperationParams{PathParams: map[string]string{"appID": app}}
}

func deploymentParams() axhub.OperationParams {
	return axhub.OperationParams{PathParams: map[string]string{"appID": app, "did": did}}
}
