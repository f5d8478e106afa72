package core

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Session roles an operation can play (Operation.Session).
const (
	SessionLogin   = "login"
	SessionRefresh = "refresh"
	SessionLogout  = "logout"
)

// SessionRole is what an operation does to the client's session: a login
// opens one, a refresh rotates its token pair, a logout closes it. The paths
// are the wire names from the answer's root to each value.
type SessionRole struct {
	Role         string   // SessionLogin, SessionRefresh or SessionLogout
	AccessToken  []string // where the access token is in the answer
	RefreshToken []string // where the refresh token is
	ExpiresIn    []string // where the access token's lifetime in seconds is; nil: unknown
	// RequestField is the body field that carries the refresh token to the
	// refresh operation (and, when the caller leaves the body out, to logout).
	RequestField string
}

// SessionTokens is the token pair of a session. A zero ExpiresAt means the
// expiry is unknown: the access token is then renewed only after a 401.
type SessionTokens struct {
	AccessToken  string
	RefreshToken string
	ExpiresAt    time.Time
}

// TokenStore loads the tokens of a session when the client first needs them
// and saves every new pair (after a login or a refresh) and the empty pair
// (after a logout or a refused refresh). Its methods may be called from
// several goroutines, never at the same time for one client.
type TokenStore interface {
	Load(ctx context.Context) (SessionTokens, error)
	Save(ctx context.Context, tokens SessionTokens) error
}

// WithSession starts the client with a session's tokens (an expired access
// token is fine: it is renewed with the refresh token). Given to NewClient or
// WithOptions, which then starts a session of its own.
func WithSession(accessToken, refreshToken string) RequestOption {
	return func(c *config) {
		c.sessionSeed = &SessionTokens{AccessToken: accessToken, RefreshToken: refreshToken}
	}
}

// WithTokenStore loads and persists the session's tokens (see TokenStore).
// Given to NewClient or WithOptions, which then starts a session of its own.
func WithTokenStore(store TokenStore) RequestOption {
	return func(c *config) {
		if store == nil {
			c.fail("WithTokenStore: nil store")
			return
		}
		c.tokenStore = store
	}
}

// session is the token pair of one client, shared by the copies WithOptions
// makes. mu guards the pair; renewing holds one refresh at a time.
type session struct {
	refreshOp *Operation
	store     TokenStore

	mu     sync.Mutex
	loaded bool
	tokens SessionTokens

	renewing sync.Mutex
}

// sessionOperation is the operation of the API that plays role; nil if none.
func sessionOperation(ops []*Operation, role string) *Operation {
	for _, op := range ops {
		if op.Session != nil && op.Session.Role == role {
			return op
		}
	}
	return nil
}

// newSession is the session of a client of info, or nil when the API has no
// session operations.
func newSession(info Info, cfg *config) *session {
	if sessionOperation(info.Operations, SessionLogin) == nil && sessionOperation(info.Operations, SessionRefresh) == nil {
		return nil
	}
	s := &session{refreshOp: sessionOperation(info.Operations, SessionRefresh), store: cfg.tokenStore}
	if cfg.sessionSeed != nil {
		s.tokens, s.loaded = *cfg.sessionSeed, true
	}
	return s
}

// Session is the token pair the client holds now (zero when there is none).
func (c *Client) Session() SessionTokens {
	if c.cfg.session == nil {
		return SessionTokens{}
	}
	c.cfg.session.mu.Lock()
	defer c.cfg.session.mu.Unlock()
	return c.cfg.session.tokens
}

// current is the pair, loaded from the store the first time.
func (s *session) current(ctx context.Context) (SessionTokens, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.loaded && s.store != nil {
		tokens, err := s.store.Load(ctx)
		if err != nil {
			return SessionTokens{}, fmt.Errorf("token store: load: %w", err)
		}
		s.tokens = tokens
	}
	s.loaded = true
	return s.tokens, nil
}

// set replaces the pair and saves it.
func (s *session) set(ctx context.Context, tokens SessionTokens) error {
	s.mu.Lock()
	s.tokens, s.loaded = tokens, true
	s.mu.Unlock()
	if s.store != nil {
		if err := s.store.Save(ctx, tokens); err != nil {
			return fmt.Errorf("token store: save: %w", err)
		}
	}
	return nil
}

// usesSession says whether op sends the session's access token: it takes a
// bearer token (or the API declares no schemes), it is not itself a login or
// a refresh, and the call gave no token of its own (WithToken wins).
func usesSession(op *Operation, secured bool, cfg *config) bool {
	if cfg.session == nil || cfg.tokenSet {
		return false
	}
	if op.Session != nil && op.Session.Role != SessionLogout {
		return false
	}
	if !secured {
		return true
	}
	for _, s := range op.Security {
		if (s.Kind == SchemeHTTP && strings.EqualFold(s.Scheme, "bearer")) || s.Kind == SchemeOAuth2 ||
			s.Kind == SchemeOpenIDConnect {
			return true
		}
	}
	return false
}

// token is the access token to send now: renewed first when it expires
// within TokenRefreshMargin. "" when there is no session.
func (s *session) token(ctx context.Context, c *Client, cfg *config) (string, error) {
	tokens, err := s.current(ctx)
	if err != nil {
		return "", err
	}
	if tokens.AccessToken != "" && tokens.RefreshToken != "" && !tokens.ExpiresAt.IsZero() &&
		!cfg.clock.Now().Before(tokens.ExpiresAt.Add(-TokenRefreshMargin)) {
		return s.renew(ctx, c, tokens.AccessToken)
	}
	return tokens.AccessToken, nil
}

// renew replaces the access token used, which the server refused or which
// expires: one refresh at a time per session. When another call renewed it
// meanwhile, its new token is returned without a second refresh. "" when
// there is nothing to renew with; a refused refresh (401) ends the session
// and is returned as it is (an *AuthenticationError).
func (s *session) renew(ctx context.Context, c *Client, used string) (string, error) {
	s.renewing.Lock()
	defer s.renewing.Unlock()
	tokens, err := s.current(ctx)
	if err != nil {
		return "", err
	}
	if tokens.AccessToken != used && tokens.AccessToken != "" {
		return tokens.AccessToken, nil
	}
	if tokens.RefreshToken == "" || s.refreshOp == nil {
		return "", nil
	}
	body := map[string]any{s.refreshOp.Session.RequestField: tokens.RefreshToken}
	_, _, err = c.runAt(ctx, s.refreshOp, OperationParams{Body: body}, nil, false, "")
	if err != nil {
		var apiErr *APIError
		if errors.As(err, &apiErr) && apiErr.StatusCode == http.StatusUnauthorized {
			if serr := s.set(ctx, SessionTokens{}); serr != nil {
				return "", errors.Join(err, serr)
			}
		}
		return "", err
	}
	fresh, err := s.current(ctx)
	if err != nil {
		return "", err
	}
	return fresh.AccessToken, nil
}

// observe updates the session after a successful session operation: a login
// or a refresh stores the pair of its answer, a logout forgets it.
func (s *session) observe(ctx context.Context, op *Operation, raw *RawResponse, now time.Time) error {
	switch op.Session.Role {
	case SessionLogout:
		return s.set(ctx, SessionTokens{})
	case SessionLogin, SessionRefresh:
		tokens, err := sessionTokensIn(op.Session, raw.Body, now)
		if err != nil {
			return &ResponseDecodeError{OperationID: op.ID, StatusCode: raw.StatusCode, Err: err}
		}
		return s.set(ctx, tokens)
	}
	return nil
}

// sessionTokensIn reads the pair from a login or refresh answer.
func sessionTokensIn(role *SessionRole, body []byte, now time.Time) (SessionTokens, error) {
	var doc any
	if err := json.Unmarshal(body, &doc); err != nil {
		return SessionTokens{}, fmt.Errorf("the session answer is not JSON: %w", err)
	}
	var tokens SessionTokens
	access, ok := valueAt(doc, role.AccessToken).(string)
	if !ok || access == "" {
		return SessionTokens{}, fmt.Errorf("the session answer has no access token at %s", strings.Join(role.AccessToken, "."))
	}
	tokens.AccessToken = access
	if len(role.RefreshToken) > 0 {
		refresh, ok := valueAt(doc, role.RefreshToken).(string)
		if !ok || refresh == "" {
			return SessionTokens{}, fmt.Errorf("the session answer has no refresh token at %s", strings.Join(role.RefreshToken, "."))
		}
		tokens.RefreshToken = refresh
	}
	if len(role.ExpiresIn) > 0 {
		if seconds, ok := valueAt(doc, role.ExpiresIn).(float64); ok && seconds > 0 {
			tokens.ExpiresAt = now.Add(time.Duration(seconds * float64(time.Second)))
		}
	}
	return tokens, nil
}

// valueAt follows path through nested JSON objects; nil when it is not there.
func valueAt(doc any, path []string) any {
	for _, key := range path {
		object, ok := doc.(map[string]any)
		if !ok {
			return nil
		}
		doc = object[key]
	}
	return doc
}
