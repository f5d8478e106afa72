package core

import (
	"context"
	"testing"
)

var (
	opScoped = &Operation{
		ID: "getScoped", Method: "GET", Path: "/scoped",
		Params:       []Param{{Name: "X-Org", In: InHeader, Style: "simple"}},
		Responses:    []Response{{Status: "200", Kind: ResponseJSON}},
		TenantScoped: true,
	}
	opUnscoped = &Operation{
		ID: "getUnscoped", Method: "GET", Path: "/unscoped",
		Responses: []Response{{Status: "200", Kind: ResponseJSON}},
	}
)

// newTenantClient talks to s as an API that declares the tenant header X-Org.
func newTenantClient(t *testing.T, s *server, opts ...RequestOption) *Client {
	t.Helper()
	info := Info{Name: "testsdk", Version: "9.9.9", Operations: []*Operation{opScoped, opUnscoped},
		EnvPrefix: "TESTSDK", Tenant: &Tenant{Header: "X-Org", Env: "TESTSDK_ORG", Option: "WithOrg"}}
	c, err := NewClient(info, append([]RequestOption{WithBaseURL(s.srv.URL), WithClock(newFakeClock())}, opts...)...)
	if err != nil {
		t.Fatalf("NewClient: %v", err)
	}
	return c
}

type orgHeaders struct{ Org string }

func (h orgHeaders) ParamValues() map[string]any { return map[string]any{"X-Org": h.Org} }

func TestTenantGoesOnlyToTenantScopedOperations(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{}`}, reply{status: 200, body: `{}`})
	c := newTenantClient(t, s, WithTenantID("t-1"))
	ctx := context.Background()
	if _, err := Call[any](ctx, c, opScoped, OperationParams{}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := Call[any](ctx, c, opUnscoped, OperationParams{}, nil); err != nil {
		t.Fatal(err)
	}
	seen := s.seen()
	if got := seen[0].Header.Get("X-Org"); got != "t-1" {
		t.Fatalf("scoped call: X-Org %q", got)
	}
	for _, name := range []string{"X-Org", "X-Tenant-ID"} {
		if got := seen[1].Header.Get(name); got != "" {
			t.Fatalf("unscoped call sent %s: %q", name, got)
		}
	}
	if got := seen[0].Header.Get("X-Tenant-ID"); got != "" {
		t.Fatalf("the declared header replaces X-Tenant-ID, got %q", got)
	}
}

func TestTenantOverriddenPerCallAndByTheHeaderParameter(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{}`}, reply{status: 200, body: `{}`}, reply{status: 200, body: `{}`})
	c := newTenantClient(t, s, WithTenantID("t-1"))
	ctx := context.Background()
	if _, err := Call[any](ctx, c, opScoped, OperationParams{}, []RequestOption{WithTenantID("t-2")}); err != nil {
		t.Fatal(err)
	}
	if _, err := Call[any](ctx, c, opScoped, OperationParams{Headers: orgHeaders{Org: "t-3"}}, nil); err != nil {
		t.Fatal(err)
	}
	// An empty id for one call sends none, as for an admin key.
	if _, err := Call[any](ctx, c, opScoped, OperationParams{}, []RequestOption{WithTenantID("")}); err != nil {
		t.Fatal(err)
	}
	seen := s.seen()
	if got := seen[0].Header.Get("X-Org"); got != "t-2" {
		t.Fatalf("per-call option: X-Org %q", got)
	}
	if got := seen[1].Header.Get("X-Org"); got != "t-3" {
		t.Fatalf("header parameter: X-Org %q", got)
	}
	if got, ok := seen[2].Header["X-Org"]; ok {
		t.Fatalf("empty per-call id: X-Org %q", got)
	}
}

func TestTenantFromEnvironmentAndNeverRequired(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{}`}, reply{status: 200, body: `{}`}, reply{status: 200, body: `{}`})
	ctx := context.Background()
	none := newTenantClient(t, s)
	if _, err := Call[any](ctx, none, opScoped, OperationParams{}, nil); err != nil {
		t.Fatalf("no tenant is not an error: %v", err)
	}
	t.Setenv("TESTSDK_ORG", "from-env")
	fromEnv := newTenantClient(t, s)
	if _, err := Call[any](ctx, fromEnv, opScoped, OperationParams{}, nil); err != nil {
		t.Fatal(err)
	}
	optionWins := newTenantClient(t, s, WithTenantID("from-option"))
	if _, err := Call[any](ctx, optionWins, opScoped, OperationParams{}, nil); err != nil {
		t.Fatal(err)
	}
	seen := s.seen()
	if got, ok := seen[0].Header["X-Org"]; ok {
		t.Fatalf("no tenant: X-Org %q", got)
	}
	if got := seen[1].Header.Get("X-Org"); got != "from-env" {
		t.Fatalf("env: X-Org %q", got)
	}
	if got := seen[2].Header.Get("X-Org"); got != "from-option" {
		t.Fatalf("option over env: X-Org %q", got)
	}
}
