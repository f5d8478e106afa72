package core

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
)

func newEnvClient(t *testing.T, opts ...RequestOption) (*Client, error) {
	t.Helper()
	return NewClient(Info{Name: "testsdk", Version: "9.9.9", Operations: testOperations, EnvPrefix: "TESTSDK"}, opts...)
}

func TestEnvironmentGivesTokenAndBaseURL(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"id":"t1"}`})
	t.Setenv("TESTSDK_TOKEN", "tok_env")
	t.Setenv("TESTSDK_BASE_URL", s.srv.URL+"/")
	c, err := newEnvClient(t)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Call[testModel](context.Background(), c, opGet, thing, nil); err != nil {
		t.Fatal(err)
	}
	if got := s.seen()[0].Header.Get("Authorization"); got != "Bearer tok_env" || c.BaseURL() != s.srv.URL {
		t.Fatalf("authorization %q base URL %q", got, c.BaseURL())
	}
}

func TestExplicitOptionsWinOverTheEnvironment(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"id":"t1"}`})
	t.Setenv("TESTSDK_TOKEN", "tok_env")
	t.Setenv("TESTSDK_BASE_URL", "localhost:8080") // not usable, but never used: the option wins
	c, err := newEnvClient(t, WithBaseURL(s.srv.URL), WithToken("tok_explicit"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Call[testModel](context.Background(), c, opGet, thing, nil); err != nil {
		t.Fatal(err)
	}
	if got := s.seen()[0].Header.Get("Authorization"); got != "Bearer tok_explicit" {
		t.Fatalf("authorization %q", got)
	}
}

func TestBadBaseURLFromTheEnvironmentIsRefusedWhenBuilt(t *testing.T) {
	for _, bad := range []string{"localhost:8080", "ftp://example.com", "http://", "/relative"} {
		t.Setenv("TESTSDK_BASE_URL", bad)
		_, err := newEnvClient(t)
		var invalid *InvalidArgumentError
		if !errors.As(err, &invalid) || !strings.Contains(invalid.Message, "TESTSDK_BASE_URL") {
			t.Fatalf("%q: %T %v", bad, err, err)
		}
	}
}

func TestBadOptionValuesAreRefusedWhenBuilt(t *testing.T) {
	cases := map[string][]RequestOption{
		"WithTimeout":    {WithBaseURL("http://127.0.0.1:1"), WithTimeout(-1)},
		"WithMaxRetries": {WithBaseURL("http://127.0.0.1:1"), WithMaxRetries(-2)},
		"WithBaseURL":    {WithBaseURL("ftp://example.com")},
	}
	for name, opts := range cases {
		_, err := newEnvClient(t, opts...)
		var invalid *InvalidArgumentError
		if !errors.As(err, &invalid) || !strings.Contains(invalid.Message, name) {
			t.Fatalf("%s: %T %v", name, err, err)
		}
	}
	t.Setenv("TESTSDK_LOG", "loud")
	_, err := newEnvClient(t, WithBaseURL("http://127.0.0.1:1"))
	var invalid *InvalidArgumentError
	if !errors.As(err, &invalid) || !strings.Contains(invalid.Message, `TESTSDK_LOG: "loud"`) {
		t.Fatalf("log: %T %v", err, err)
	}
}

func TestLogFromTheEnvironmentWritesDebugLines(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"id":"t1"}`})
	var out bytes.Buffer
	saved := logOutput
	logOutput = &out
	t.Cleanup(func() { logOutput = saved })
	t.Setenv("TESTSDK_LOG", "debug")
	t.Setenv("TESTSDK_TOKEN", "tok_secret")
	c, err := newEnvClient(t, WithBaseURL(s.srv.URL))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Call[testModel](context.Background(), c, opGet, thing, nil); err != nil {
		t.Fatal(err)
	}
	if text := out.String(); !strings.Contains(text, "msg=request") || !strings.Contains(text, "msg=response") ||
		strings.Contains(text, "tok_secret") {
		t.Fatalf("log %q", text)
	}
}

func TestClosedClientRefusesCallsBeforeSending(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"id":"t1"}`})
	c := newTestClient(t, s, newFakeClock())
	copied, err := c.WithOptions(WithHeader("X-Copy", "1"))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	for _, client := range []*Client{c, copied} {
		_, err := Call[testModel](context.Background(), client, opGet, thing, nil)
		var invalid *InvalidArgumentError
		if !errors.As(err, &invalid) || !strings.Contains(invalid.Message, "the client is closed") {
			t.Fatalf("%T %v", err, err)
		}
		if _, err := client.Request(context.Background(), "getThing", thing); !errors.As(err, &invalid) {
			t.Fatalf("Request: %T %v", err, err)
		}
	}
	if n := len(s.seen()); n != 0 {
		t.Fatalf("%d requests after Close", n)
	}
}

// A client of an API whose every operation needs credentials is refused
// without any (naming the options and variables that give one); a token from
// the environment, any credential option, or an explicit WithToken("") (none
// on purpose) builds it. An API with a public operation needs none.
func TestMissingCredentialsAreRefusedWhenBuilt(t *testing.T) {
	bearer := SecurityScheme{Kind: SchemeHTTP, Scheme: "bearer"}
	key := SecurityScheme{Kind: SchemeAPIKey, In: InHeader, Name: "X-Key"}
	secured := []*Operation{
		{ID: "a", Method: "GET", Path: "/a", Security: []SecurityScheme{bearer}},
		{ID: "b", Method: "GET", Path: "/b", Security: []SecurityScheme{key}},
	}
	info := Info{Name: "t", Version: "1", BaseURL: "http://127.0.0.1:1", Operations: secured, Secured: true, EnvPrefix: "TESTSDK"}
	t.Setenv("TESTSDK_TOKEN", "")
	_, err := NewClient(info)
	var invalid *InvalidArgumentError
	if !errors.As(err, &invalid) || !strings.Contains(err.Error(), "WithToken (or TESTSDK_TOKEN), or WithAPIKey") {
		t.Fatalf("no credentials: %T %v", err, err)
	}
	for name, opts := range map[string][]RequestOption{
		"token": {WithToken("tok")}, "empty token on purpose": {WithToken("")}, "API key": {WithAPIKey("k")},
		"basic": {WithBasicAuth("u", "p")}, "Authorization header": {WithHeader("Authorization", "Bearer x")},
		"signer": {WithSigner(SignerFunc(func(*http.Request, []byte) error { return nil }))},
	} {
		if _, err := NewClient(info, opts...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	t.Setenv("TESTSDK_TOKEN", "tok_env")
	if _, err := NewClient(info); err != nil {
		t.Fatalf("token from the environment: %v", err)
	}
	t.Setenv("TESTSDK_TOKEN", "")
	public := append([]*Operation{{ID: "c", Method: "GET", Path: "/c"}}, secured...)
	if _, err := NewClient(Info{Name: "t", Version: "1", BaseURL: "http://127.0.0.1:1", Operations: public, Secured: true}); err != nil {
		t.Fatalf("with a public operation: %v", err)
	}
	unsecured := Info{Name: "t", Version: "1", BaseURL: "http://127.0.0.1:1", Operations: secured}
	if _, err := NewClient(unsecured); err != nil {
		t.Fatalf("an API without schemes: %v", err)
	}
}
