package core

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

var (
	testBearer   = SecurityScheme{Kind: SchemeHTTP, Scheme: "bearer"}
	sessionPaths = SessionRole{AccessToken: []string{"accessToken"}, RefreshToken: []string{"refreshToken"},
		ExpiresIn: []string{"expiresIn"}}
	opLoginS = &Operation{
		ID: "login", Method: "POST", Path: "/login", ContentType: "application/json",
		Responses: []Response{{Status: "200", Kind: ResponseJSON}},
		Session:   &SessionRole{Role: SessionLogin, AccessToken: sessionPaths.AccessToken, RefreshToken: sessionPaths.RefreshToken, ExpiresIn: sessionPaths.ExpiresIn},
	}
	opRefreshS = &Operation{
		ID: "refresh", Method: "POST", Path: "/refresh", ContentType: "application/json", BodyRequired: true,
		Responses: []Response{{Status: "200", Kind: ResponseJSON}},
		Session: &SessionRole{Role: SessionRefresh, AccessToken: sessionPaths.AccessToken, RefreshToken: sessionPaths.RefreshToken,
			ExpiresIn: sessionPaths.ExpiresIn, RequestField: "refreshToken"},
	}
	opLogoutS = &Operation{
		ID: "logout", Method: "POST", Path: "/logout", ContentType: "application/json",
		Responses: []Response{{Status: "200", Kind: ResponseJSON}},
		Security:  []SecurityScheme{testBearer},
		Session:   &SessionRole{Role: SessionLogout, RequestField: "refreshToken"},
	}
	opMe = &Operation{
		ID: "me", Method: "GET", Path: "/me",
		Responses: []Response{{Status: "200", Kind: ResponseJSON}},
		Security:  []SecurityScheme{testBearer},
	}
)

// sessionServer is a fake transport for a session API: the access tokens it
// accepts, the refresh tokens it rotates, and what it saw.
type sessionServer struct {
	mu        sync.Mutex
	access    map[string]bool
	refresh   map[string]int // refresh token -> the generation it rotates to
	refreshes int
	bodies    []map[string]any // the bodies of refresh and logout calls
	auths     []string         // the Authorization of each /me call
	started   chan struct{}    // closed when a refresh starts, if not nil
	release   chan struct{}    // a refresh waits for it, if not nil
}

func newSessionServer() *sessionServer {
	return &sessionServer{access: map[string]bool{}, refresh: map[string]int{"r1": 2}}
}

func (s *sessionServer) Do(req *http.Request) (*http.Response, error) {
	rec := httptest.NewRecorder()
	s.serve(rec, req)
	return rec.Result(), nil
}

func (s *sessionServer) serve(w http.ResponseWriter, r *http.Request) {
	var body map[string]any
	if r.Body != nil {
		_ = json.NewDecoder(r.Body).Decode(&body)
	}
	pair := func(generation int) {
		tokens := map[string]any{"accessToken": "a" + itoa(generation), "refreshToken": "r" + itoa(generation), "expiresIn": 60}
		s.access["a"+itoa(generation)] = true
		s.refresh["r"+itoa(generation)] = generation + 1
		_ = json.NewEncoder(w).Encode(map[string]any{"data": tokens, "accessToken": tokens["accessToken"],
			"refreshToken": tokens["refreshToken"], "expiresIn": 60})
	}
	switch r.URL.Path {
	case "/login":
		s.mu.Lock()
		defer s.mu.Unlock()
		pair(1)
	case "/refresh":
		s.mu.Lock()
		s.refreshes++
		s.bodies = append(s.bodies, body)
		started, release := s.started, s.release
		s.mu.Unlock()
		if started != nil {
			close(started)
			<-release
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		token, _ := body["refreshToken"].(string)
		next, ok := s.refresh[token]
		if !ok {
			w.WriteHeader(http.StatusUnauthorized)
			_, _ = w.Write([]byte(`{"code":"invalid_refresh_token","message":"refresh token revoked"}`))
			return
		}
		delete(s.refresh, token) // rotation: the old one is revoked
		pair(next)
	case "/logout":
		s.mu.Lock()
		defer s.mu.Unlock()
		s.bodies = append(s.bodies, body)
		_, _ = w.Write([]byte(`{}`))
	case "/me":
		s.mu.Lock()
		defer s.mu.Unlock()
		auth := r.Header.Get("Authorization")
		s.auths = append(s.auths, auth)
		if len(auth) < 7 || !s.access[auth[7:]] {
			w.WriteHeader(http.StatusUnauthorized)
			_, _ = w.Write([]byte(`{"code":"unauthorized","message":"expired"}`))
			return
		}
		_, _ = w.Write([]byte(`{"ok":true}`))
	}
}

func itoa(n int) string {
	return string(rune('0' + n))
}

func newSessionClient(t *testing.T, s *sessionServer, clock *fakeClock, opts ...RequestOption) *Client {
	t.Helper()
	info := Info{Name: "testsdk", Version: "9.9.9", Secured: true,
		Operations: []*Operation{opLoginS, opRefreshS, opLogoutS, opMe}}
	base := []RequestOption{WithBaseURL("http://fake.test"), WithHTTPClient(s), WithClock(clock), WithMaxRetries(0)}
	c, err := NewClient(info, append(base, opts...)...)
	if err != nil {
		t.Fatalf("NewClient: %v", err)
	}
	return c
}

func TestSessionConcurrentCallsWithAnExpiredTokenRefreshOnce(t *testing.T) {
	s := newSessionServer()
	s.started, s.release = make(chan struct{}), make(chan struct{})
	c := newSessionClient(t, s, newFakeClock(), WithSession("a-expired", "r1"))
	const calls = 10
	errs := make(chan error, calls)
	var wg sync.WaitGroup
	for range calls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := Call[any](context.Background(), c, opMe, OperationParams{}, nil)
			errs <- err
		}()
	}
	<-s.started // one call is refreshing; the others get their 401 meanwhile and wait
	for {
		s.mu.Lock()
		seen := len(s.auths)
		s.mu.Unlock()
		if seen >= calls {
			break
		}
		time.Sleep(time.Millisecond)
	}
	close(s.release)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatalf("call: %v", err)
		}
	}
	if s.refreshes != 1 {
		t.Fatalf("refreshes: %d, want 1", s.refreshes)
	}
	if got := c.Session(); got.AccessToken != "a2" || got.RefreshToken != "r2" {
		t.Fatalf("rotated pair not stored: %+v", got)
	}
	if s.bodies[0]["refreshToken"] != "r1" {
		t.Fatalf("refresh body: %v", s.bodies[0])
	}
}

func TestSessionRevokedRefreshTokenIsTheAuthenticationErrorAndNotRetried(t *testing.T) {
	s := newSessionServer()
	c := newSessionClient(t, s, newFakeClock(), WithSession("a-expired", "r-revoked"))
	_, err := Call[any](context.Background(), c, opMe, OperationParams{}, nil)
	var authErr *AuthenticationError
	if !errors.As(err, &authErr) {
		t.Fatalf("want *AuthenticationError, got %T %v", err, err)
	}
	if s.refreshes != 1 {
		t.Fatalf("refreshes: %d, want 1", s.refreshes)
	}
	if got := c.Session(); got != (SessionTokens{}) {
		t.Fatalf("a refused refresh ends the session: %+v", got)
	}
	_, err = Call[any](context.Background(), c, opMe, OperationParams{}, nil)
	if !errors.As(err, &authErr) || s.refreshes != 1 {
		t.Fatalf("after the session ended: %v, refreshes %d", err, s.refreshes)
	}
}

func TestSessionLoginStoresThePairAndRefreshesBeforeExpiry(t *testing.T) {
	s := newSessionServer()
	clock := newFakeClock()
	c := newSessionClient(t, s, clock)
	ctx := context.Background()
	if _, err := Call[any](ctx, c, opLoginS, OperationParams{Body: map[string]any{"email": "a@b.c"}}, nil); err != nil {
		t.Fatal(err)
	}
	got := c.Session()
	if got.AccessToken != "a1" || got.RefreshToken != "r1" || !got.ExpiresAt.Equal(clock.Now().Add(time.Minute)) {
		t.Fatalf("login pair: %+v", got)
	}
	if _, err := Call[any](ctx, c, opMe, OperationParams{}, nil); err != nil {
		t.Fatal(err)
	}
	_ = clock.Sleep(ctx, 45*time.Second) // within TokenRefreshMargin of the expiry
	if _, err := Call[any](ctx, c, opMe, OperationParams{}, nil); err != nil {
		t.Fatal(err)
	}
	if s.refreshes != 1 {
		t.Fatalf("refreshes: %d, want 1", s.refreshes)
	}
	if want := []string{"Bearer a1", "Bearer a2"}; len(s.auths) != 2 || s.auths[0] != want[0] || s.auths[1] != want[1] {
		t.Fatalf("the refresh comes before the call, no 401: %v", s.auths)
	}
}

type memoryStore struct {
	mu    sync.Mutex
	start SessionTokens
	saved []SessionTokens
}

func (m *memoryStore) Load(context.Context) (SessionTokens, error) {
	return m.start, nil
}

func (m *memoryStore) Save(_ context.Context, tokens SessionTokens) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.saved = append(m.saved, tokens)
	return nil
}

func TestSessionTokenStoreLoadsAndPersistsAndLogoutForgets(t *testing.T) {
	s := newSessionServer()
	store := &memoryStore{start: SessionTokens{AccessToken: "a-old", RefreshToken: "r1"}}
	c := newSessionClient(t, s, newFakeClock(), WithTokenStore(store))
	ctx := context.Background()
	if _, err := Call[any](ctx, c, opMe, OperationParams{}, nil); err != nil {
		t.Fatal(err)
	}
	if len(store.saved) != 1 || store.saved[0].AccessToken != "a2" || store.saved[0].RefreshToken != "r2" {
		t.Fatalf("the rotated pair is saved: %+v", store.saved)
	}
	if _, err := Call[any](ctx, c, opLogoutS, OperationParams{}, nil); err != nil {
		t.Fatal(err)
	}
	if last := s.bodies[len(s.bodies)-1]; last["refreshToken"] != "r2" {
		t.Fatalf("logout carries the stored refresh token: %v", last)
	}
	if len(store.saved) != 2 || store.saved[1] != (SessionTokens{}) || c.Session() != (SessionTokens{}) {
		t.Fatalf("logout forgets the pair: %+v", store.saved)
	}
}

func TestSessionOptionsAreRefusedOnOneCallAndWithTokenWins(t *testing.T) {
	s := newSessionServer()
	c := newSessionClient(t, s, newFakeClock(), WithSession("a-expired", "r1"))
	_, err := Call[any](context.Background(), c, opMe, OperationParams{}, []RequestOption{WithSession("x", "y")})
	var invalid *InvalidArgumentError
	if !errors.As(err, &invalid) {
		t.Fatalf("want *InvalidArgumentError, got %v", err)
	}
	s.access["key"] = true
	if _, err := Call[any](context.Background(), c, opMe, OperationParams{}, []RequestOption{WithToken("key")}); err != nil {
		t.Fatal(err)
	}
	if s.refreshes != 0 || s.auths[0] != "Bearer key" {
		t.Fatalf("an explicit token is sent as it is: %v, refreshes %d", s.auths, s.refreshes)
	}
}
