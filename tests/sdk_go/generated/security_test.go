package security

// Copied into the module generated from tests/generation/cases/security.yaml
// by tests/sdk_go/test_go_sdk.py: each operation sends what its scheme says.

import (
	"context"
	"encoding/base64"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
)

type seen struct {
	mu       sync.Mutex
	requests map[string]*http.Request
	tokens   int
}

func server(t *testing.T) (*httptest.Server, *seen) {
	t.Helper()
	s := &seen{requests: map[string]*http.Request{}}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		defer s.mu.Unlock()
		if r.URL.Path == "/token" {
			s.tokens++
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, `{"access_token":"tok-%d","expires_in":3600}`, s.tokens)
			return
		}
		s.requests[r.URL.Path] = r.Clone(context.Background())
		w.WriteHeader(http.StatusNoContent)
	}))
	t.Cleanup(srv.Close)
	return srv, s
}

func TestEachOperationSendsTheCredentialsOfItsScheme(t *testing.T) {
	srv, s := server(t)
	client, err := NewClient(WithBaseURL(srv.URL), WithToken("bearer-token"), WithBasicAuth("ann", "pw"),
		WithAPIKey("the-key"), WithClientCredentials("id", "secret", "read"), WithTokenURL(srv.URL+"/token"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	d := client.Default()
	for name, call := range map[string]func(context.Context, OperationParams, ...RequestOption) (EmptyResult, error){
		"withBearer": d.WithBearer, "withBasic": d.WithBasic, "withHeaderKey": d.WithHeaderKey,
		"withQueryKey": d.WithQueryKey, "withCookieKey": d.WithCookieKey, "withOauth": d.WithOauth,
		"publicCall": d.PublicCall,
	} {
		if _, err := call(ctx, OperationParams{}); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := call(ctx, OperationParams{}); err != nil { // the token is reused
			t.Fatalf("%s: %v", name, err)
		}
	}
	header := func(path, name string) string { return s.requests[path].Header.Get(name) }
	basic := "Basic " + base64.StdEncoding.EncodeToString([]byte("ann:pw"))
	for _, check := range []struct{ got, want string }{
		{header("/bearer", "Authorization"), "Bearer bearer-token"},
		{header("/basic", "Authorization"), basic},
		{header("/header-key", "X-API-Key"), "the-key"},
		{header("/header-key", "Authorization"), ""},
		{s.requests["/query-key"].URL.RawQuery, "api_key=the-key"},
		{header("/cookie-key", "Cookie"), "session_key=the-key"},
		{header("/oauth", "Authorization"), "Bearer tok-1"},
		{header("/public", "Authorization") + header("/public", "X-API-Key") + header("/public", "Cookie") +
			s.requests["/public"].URL.RawQuery, ""},
	} {
		if check.got != check.want {
			t.Errorf("got %q, want %q", check.got, check.want)
		}
	}
	if s.tokens != 1 {
		t.Errorf("%d token requests, want 1", s.tokens)
	}
}
