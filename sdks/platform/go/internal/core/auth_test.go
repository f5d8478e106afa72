package core

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	schemeBearer    = SecurityScheme{Kind: SchemeHTTP, Scheme: "bearer"}
	schemeBasic     = SecurityScheme{Kind: SchemeHTTP, Scheme: "basic"}
	schemeHeaderKey = SecurityScheme{Kind: SchemeAPIKey, In: InHeader, Name: "X-Key"}
	schemeQueryKey  = SecurityScheme{Kind: SchemeAPIKey, In: InQuery, Name: "api_key"}
	schemeCookieKey = SecurityScheme{Kind: SchemeAPIKey, In: InCookie, Name: "key"}
	schemeOAuth     = SecurityScheme{Kind: SchemeOAuth2, TokenURL: "/oauth/token"}

	opBearer = &Operation{ID: "withBearer", Method: "GET", Path: "/bearer",
		Responses: []Response{{Status: "200", Kind: ResponseJSON}}, Security: []SecurityScheme{schemeBearer}}
	opBasic = &Operation{ID: "withBasic", Method: "GET", Path: "/basic",
		Responses: []Response{{Status: "200", Kind: ResponseJSON}}, Security: []SecurityScheme{schemeBasic}}
	opKeys = &Operation{ID: "withKeys", Method: "GET", Path: "/keys",
		Params:    []Param{{Name: "session", In: InCookie, Style: "form"}},
		Responses: []Response{{Status: "200", Kind: ResponseJSON}},
		Security:  []SecurityScheme{schemeHeaderKey, schemeQueryKey, schemeCookieKey}}
	opPublic = &Operation{ID: "public", Method: "GET", Path: "/public",
		Responses: []Response{{Status: "200", Kind: ResponseJSON}}}
	opOAuth = &Operation{ID: "withOAuth", Method: "GET", Path: "/oauth",
		Responses: []Response{{Status: "200", Kind: ResponseJSON}}, Security: []SecurityScheme{schemeOAuth}}
	opEither = &Operation{ID: "withEither", Method: "GET", Path: "/either",
		Responses: []Response{{Status: "200", Kind: ResponseJSON}},
		Security:  []SecurityScheme{schemeBasic, schemeBearer, schemeHeaderKey}}
)

// authServer is a token endpoint (/oauth/token) and an API that accepts the
// tokens it has not revoked.
type authServer struct {
	t         *testing.T
	srv       *httptest.Server
	mu        sync.Mutex
	fetches   int
	issued    []*http.Request // token requests, bodies read into forms
	forms     []url.Values
	seen      []*http.Request
	expiresIn string // the expires_in member, as JSON ("" leaves it out)
	revoked   map[string]bool
	tokenFail int // answer token requests with this status when not 0
	release   chan struct{}
}

func newAuthServer(t *testing.T) *authServer {
	t.Helper()
	s := &authServer{t: t, expiresIn: "3600", revoked: map[string]bool{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.handle))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *authServer) handle(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if r.URL.Path == "/oauth/token" {
		if s.release != nil {
			<-s.release // hold the token request until the test lets it go
		}
		s.mu.Lock()
		s.fetches++
		n, fail, expires := s.fetches, s.tokenFail, s.expiresIn
		form, _ := url.ParseQuery(string(body))
		s.issued = append(s.issued, r.Clone(context.Background()))
		s.forms = append(s.forms, form)
		s.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		if fail != 0 {
			w.WriteHeader(fail)
			_, _ = io.WriteString(w, `{"error":"invalid_client","error_description":"unknown client"}`)
			return
		}
		member := ""
		if expires != "" {
			member = `,"expires_in":` + expires
		}
		_, _ = fmt.Fprintf(w, `{"access_token":"tok-%d","token_type":"Bearer"%s}`, n, member)
		return
	}
	s.mu.Lock()
	s.seen = append(s.seen, r.Clone(context.Background()))
	revoked := s.revoked[strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")]
	s.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	if revoked {
		w.WriteHeader(http.StatusUnauthorized)
		_, _ = io.WriteString(w, `{"code":"token_expired","message":"token revoked"}`)
		return
	}
	_, _ = io.WriteString(w, `{}`)
}

func (s *authServer) requests() []*http.Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*http.Request(nil), s.seen...)
}

func (s *authServer) tokenRequests() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.fetches
}

func (s *authServer) client(t *testing.T, clock *fakeClock, opts ...RequestOption) *Client {
	t.Helper()
	base := []RequestOption{WithBaseURL(s.srv.URL), WithClock(clock), WithMaxRetries(0)}
	c, err := NewClient(Info{Name: "testsdk", Version: "1.0.0", Secured: true,
		Operations: []*Operation{opBearer, opBasic, opKeys, opPublic, opOAuth, opEither}}, append(base, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func call(t *testing.T, c *Client, op *Operation, params OperationParams) {
	t.Helper()
	if _, err := Call[any](context.Background(), c, op, params, nil); err != nil {
		t.Fatalf("%s: %v", op.ID, err)
	}
}

func TestBasicAuth(t *testing.T) {
	s := newAuthServer(t)
	c := s.client(t, newFakeClock(), WithBasicAuth("ann", "pa:ss wörd"))
	call(t, c, opBasic, OperationParams{})
	want := "Basic " + base64.StdEncoding.EncodeToString([]byte("ann:pa:ss wörd"))
	if got := s.requests()[0].Header.Get("Authorization"); got != want {
		t.Fatalf("Authorization %q, want %q", got, want)
	}
}

func TestAPIKeyInHeaderQueryAndCookie(t *testing.T) {
	s := newAuthServer(t)
	c := s.client(t, newFakeClock(), WithAPIKey("k&y=1"), WithToken("not-for-keys"))
	call(t, c, opKeys, OperationParams{Query: map[string]any{"session": "s1"}})
	r := s.requests()[0]
	if got := r.Header.Get("X-Key"); got != "k&y=1" {
		t.Fatalf("header key %q", got)
	}
	if got := r.URL.Query().Get("api_key"); got != "k&y=1" {
		t.Fatalf("query key %q in %q", got, r.URL.RawQuery)
	}
	if got := r.Header.Get("Cookie"); got != "key=k%26y%3D1; session=s1" {
		t.Fatalf("cookies %q: the key and the cookie parameter share one header", got)
	}
	if got := r.Header.Get("Authorization"); got != "" {
		t.Fatalf("no scheme of the operation takes a token, yet Authorization is %q", got)
	}
}

func TestOperationWithoutSecuritySendsNothing(t *testing.T) {
	s := newAuthServer(t)
	c := s.client(t, newFakeClock(), WithToken("t"), WithBasicAuth("u", "p"), WithAPIKey("k"),
		WithClientCredentials("id", "secret"))
	call(t, c, opPublic, OperationParams{})
	r := s.requests()[0]
	for _, name := range []string{"Authorization", "X-Key", "Cookie"} {
		if v := r.Header.Get(name); v != "" {
			t.Fatalf("%s: %q sent to an operation without security", name, v)
		}
	}
	if r.URL.RawQuery != "" || s.tokenRequests() != 0 {
		t.Fatalf("query %q, %d token requests", r.URL.RawQuery, s.tokenRequests())
	}
}

func TestAPIWithoutSchemesSendsTheTokenEverywhere(t *testing.T) {
	s := newAuthServer(t)
	c, err := NewClient(Info{Name: "testsdk", Version: "1", Operations: []*Operation{opPublic}},
		WithBaseURL(s.srv.URL), WithToken("t0"), WithAPIKey("k"))
	if err != nil {
		t.Fatal(err)
	}
	call(t, c, opPublic, OperationParams{})
	if got := s.requests()[0].Header.Get("Authorization"); got != "Bearer t0" {
		t.Fatalf("Authorization %q", got)
	}
}

func TestAuthorizationTakesTheFirstSchemeTheClientHasCredentialsFor(t *testing.T) {
	s := newAuthServer(t)
	c := s.client(t, newFakeClock(), WithToken("t1"), WithAPIKey("k"))
	call(t, c, opEither, OperationParams{})
	r := s.requests()[0]
	if r.Header.Get("Authorization") != "Bearer t1" || r.Header.Get("X-Key") != "k" {
		t.Fatalf("headers %v", r.Header)
	}
	both, err := c.WithOptions(WithBasicAuth("u", "p"))
	if err != nil {
		t.Fatal(err)
	}
	call(t, both, opEither, OperationParams{})
	if got := s.requests()[1].Header.Get("Authorization"); !strings.HasPrefix(got, "Basic ") {
		t.Fatalf("basic comes first in the operation's list: %q", got)
	}
}

func TestClientCredentialsTokenIsFetchedOnceAndShared(t *testing.T) {
	s := newAuthServer(t)
	s.release = make(chan struct{})
	c := s.client(t, newFakeClock(), WithClientCredentials("my id", "s3cr:t", "read", "write"))
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := Call[any](context.Background(), c, opOAuth, OperationParams{}, nil)
			errs <- err
		}()
	}
	close(s.release) // all four calls wait for the one token request
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	call(t, c, opOAuth, OperationParams{})
	if n := s.tokenRequests(); n != 1 {
		t.Fatalf("%d token requests, want 1", n)
	}
	for _, r := range s.requests() {
		if got := r.Header.Get("Authorization"); got != "Bearer tok-1" {
			t.Fatalf("API saw %q", got)
		}
	}
	token := s.issued[0]
	user, pass, ok := token.BasicAuth()
	if !ok || user != "my+id" || pass != "s3cr%3At" {
		t.Fatalf("client authentication %q %q (form-encoded, then Basic)", user, pass)
	}
	form := s.forms[0]
	if token.Method != http.MethodPost || form.Get("grant_type") != "client_credentials" ||
		form.Get("scope") != "read write" || token.Header.Get("Accept") != "application/json" ||
		token.Header.Get("Content-Type") != "application/x-www-form-urlencoded" {
		t.Fatalf("token request %s %v %v", token.Method, form, token.Header)
	}
}

func TestClientCredentialsTokenIsRefreshedAfterExpiry(t *testing.T) {
	s := newAuthServer(t)
	s.expiresIn = "120"
	clock := newFakeClock()
	c := s.client(t, clock, WithClientCredentials("id", "secret"))
	call(t, c, opOAuth, OperationParams{})
	clock.now = clock.now.Add(89 * time.Second) // still 31 s to go: kept
	call(t, c, opOAuth, OperationParams{})
	clock.now = clock.now.Add(2 * time.Second) // inside the 30 s margin: fetched again
	call(t, c, opOAuth, OperationParams{})
	var got []string
	for _, r := range s.requests() {
		got = append(got, r.Header.Get("Authorization"))
	}
	if strings.Join(got, ",") != "Bearer tok-1,Bearer tok-1,Bearer tok-2" || s.tokenRequests() != 2 {
		t.Fatalf("tokens sent %v after %d token requests", got, s.tokenRequests())
	}
}

func TestClientCredentialsTokenIsRenewedOnceOn401(t *testing.T) {
	s := newAuthServer(t)
	s.expiresIn = "" // valid until refused
	c := s.client(t, newFakeClock(), WithClientCredentials("id", "secret"))
	call(t, c, opOAuth, OperationParams{})
	s.mu.Lock()
	s.revoked["tok-1"] = true
	s.mu.Unlock()
	call(t, c, opOAuth, OperationParams{}) // 401 with tok-1, then tok-2 succeeds
	var got []string
	for _, r := range s.requests() {
		got = append(got, r.Header.Get("Authorization"))
	}
	if strings.Join(got, ",") != "Bearer tok-1,Bearer tok-1,Bearer tok-2" {
		t.Fatalf("tokens sent %v", got)
	}

	s.mu.Lock()
	s.revoked["tok-2"], s.revoked["tok-3"] = true, true
	s.mu.Unlock()
	_, err := Call[any](context.Background(), c, opOAuth, OperationParams{}, nil)
	var auth *AuthenticationError
	if !errors.As(err, &auth) || auth.Code != "token_expired" || len(s.requests()) != 5 {
		t.Fatalf("a second 401 is the call's error, after one renewal: %v (%d requests)", err, len(s.requests()))
	}
}

func TestTokenEndpointErrorIsAnAuthenticationErrorWithoutSecrets(t *testing.T) {
	s := newAuthServer(t)
	s.tokenFail = http.StatusBadRequest
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	c := s.client(t, newFakeClock(), WithClientCredentials("id", "top-secret"), WithLogger(logger))
	_, err := Call[any](context.Background(), c, opOAuth, OperationParams{}, nil)
	var auth *AuthenticationError
	if !errors.As(err, &auth) || auth.StatusCode != http.StatusBadRequest || auth.Code != "invalid_client" ||
		!strings.Contains(err.Error(), "token request failed") {
		t.Fatalf("want an AuthenticationError with the token endpoint's 400: %v", err)
	}
	if len(s.requests()) != 0 {
		t.Fatal("the API call was sent without a token")
	}
	secret := base64.StdEncoding.EncodeToString([]byte("id:top-secret"))
	for _, text := range []string{err.Error(), logs.String()} {
		if strings.Contains(text, "top-secret") || strings.Contains(text, secret) {
			t.Fatalf("a secret leaked: %s", text)
		}
	}
	if !strings.Contains(logs.String(), "token request") || !strings.Contains(logs.String(), Redacted) {
		t.Fatalf("the token request is logged, redacted:\n%s", logs.String())
	}
	s.mu.Lock()
	s.tokenFail = 0
	s.mu.Unlock()
	call(t, c, opOAuth, OperationParams{}) // a failed fetch is not cached
}

// The same rule in every SDK: whatever the token endpoint answered, the
// authentication error with its status, saying the token request failed,
// without the body or the secret.
func TestEveryTokenEndpointFailureIsAnAuthenticationError(t *testing.T) {
	cases := []struct {
		status       int
		contentType  string
		body         string
		code, reason string
	}{
		{400, "application/json", `{"error":"invalid_scope"}`, "invalid_scope", "invalid_scope"},
		{401, "application/json", `{"error":"invalid_client","error_description":"who?"}`, "invalid_client", "who?"},
		{500, "text/plain", "down", "", "Internal Server Error"},
		{200, "application/json", `{"token_type":"Bearer"}`, "", "the answer has no access_token"},
		{200, "text/html", "<html>login</html>", "", "the answer has no access_token"},
	}
	for _, tc := range cases {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", tc.contentType)
			w.WriteHeader(tc.status)
			_, _ = io.WriteString(w, tc.body)
		}))
		c, err := NewClient(Info{Name: "testsdk", Version: "1.0.0", Secured: true, Operations: []*Operation{opOAuth}},
			WithBaseURL(srv.URL), WithClock(newFakeClock()), WithMaxRetries(0),
			WithClientCredentials("id", "top-secret"), WithTokenURL(srv.URL+"/token"))
		if err != nil {
			t.Fatal(err)
		}
		_, err = Call[any](context.Background(), c, opOAuth, OperationParams{}, nil)
		srv.Close()
		var auth *AuthenticationError
		if !errors.As(err, &auth) || auth.StatusCode != tc.status || auth.Code != tc.code || auth.Body != nil ||
			!strings.Contains(err.Error(), "the token request failed: "+tc.reason) {
			t.Fatalf("%d %s: want an AuthenticationError with the endpoint's status: %#v", tc.status, tc.body, err)
		}
		secret := base64.StdEncoding.EncodeToString([]byte("id:top-secret"))
		if text := fmt.Sprintf("%v %+v", err, auth.APIError); strings.Contains(text, "top-secret") || strings.Contains(text, secret) {
			t.Fatalf("a secret leaked: %s", text)
		}
	}
}

func TestTokenEndpointUnreachableIsAConnectionError(t *testing.T) {
	s := newAuthServer(t)
	c := s.client(t, newFakeClock(), WithClientCredentials("id", "secret"), WithTokenURL("http://127.0.0.1:1/token"))
	_, err := Call[any](context.Background(), c, opOAuth, OperationParams{}, nil)
	var conn *ConnectionError
	if !errors.As(err, &conn) || conn.URL != "http://127.0.0.1:1/token" || len(s.requests()) != 0 ||
		!strings.Contains(err.Error(), "the token request failed") || strings.Contains(err.Error(), "secret") {
		t.Fatalf("want a ConnectionError for the token endpoint: %v", err)
	}
}

func TestWithoutClientCredentialsOAuthTakesTheToken(t *testing.T) {
	s := newAuthServer(t)
	c := s.client(t, newFakeClock(), WithToken("mine"))
	call(t, c, opOAuth, OperationParams{})
	if got := s.requests()[0].Header.Get("Authorization"); got != "Bearer mine" || s.tokenRequests() != 0 {
		t.Fatalf("Authorization %q", got)
	}
}

func TestAPIKeysAreRedactedInHooksLogsAndErrors(t *testing.T) {
	s := newAuthServer(t)
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	var hooked []string
	c := s.client(t, newFakeClock(), WithAPIKey("sekrit"), WithLogger(logger),
		WithRequestHook(func(r *http.Request) {
			hooked = append(hooked, r.URL.String(), r.Header.Get("X-Key"), r.Header.Get("Cookie"))
		}),
		WithResponseHook(func(r *http.Response) { hooked = append(hooked, r.Request.URL.String()) }))
	call(t, c, opKeys, OperationParams{})
	for _, text := range append(hooked, logs.String()) {
		if strings.Contains(text, "sekrit") {
			t.Fatalf("the key leaked: %s", text)
		}
	}
	if !strings.Contains(hooked[0], "api_key="+url.QueryEscape(Redacted)) {
		t.Fatalf("hook URL %s", hooked[0])
	}
	s.srv.Close()
	_, err := Call[any](context.Background(), c, opKeys, OperationParams{}, nil)
	if err == nil || strings.Contains(err.Error(), "sekrit") {
		t.Fatalf("error %v", err)
	}
}

func TestExpiresInIsReadAsSeconds(t *testing.T) {
	for raw, want := range map[string]time.Duration{`3600`: time.Hour, `"60"`: time.Minute, `1.5`: 1500 * time.Millisecond,
		``: 0, `null`: 0, `-5`: 0, `"soon"`: 0} {
		if got := expiresIn([]byte(raw)); got != want {
			t.Errorf("expires_in %s: %s, want %s", raw, got, want)
		}
	}
}
