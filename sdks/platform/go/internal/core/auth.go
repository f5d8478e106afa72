package core

import (
	"cmp"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// The kinds of security scheme an operation may accept (OpenAPI's type).
const (
	SchemeHTTP          = "http"
	SchemeAPIKey        = "apiKey"
	SchemeOAuth2        = "oauth2"
	SchemeOpenIDConnect = "openIdConnect"
	SchemeMutualTLS     = "mutualTLS"
)

// TokenRefreshMargin is how long before its expires_in runs out a
// client-credentials token is fetched again.
const TokenRefreshMargin = 30 * time.Second

// SecurityScheme is one way an operation accepts credentials, from the API
// description's securitySchemes.
type SecurityScheme struct {
	Kind     string // SchemeHTTP, SchemeAPIKey, SchemeOAuth2, SchemeOpenIDConnect or SchemeMutualTLS
	Scheme   string // "bearer" or "basic" (SchemeHTTP)
	In       string // InHeader, InQuery or InCookie (SchemeAPIKey)
	Name     string // the header, query parameter or cookie of an API key
	TokenURL string // the client-credentials token endpoint (SchemeOAuth2)
	// Signature, when set, makes the scheme a request signature the client
	// computes on each attempt with its signing key (WithSigningKey); the
	// scheme's own In and Name are then not used.
	Signature *RequestSignature
}

// credentials are what one request carries for the schemes it accepts.
type credentials struct {
	authorization string      // the Authorization value, "" for none
	header        [][2]string // API keys in headers
	query         [][2]string
	cookies       []string          // name=value
	tokenURL      string            // each attempt sends a client-credentials token from here
	secretHeaders []string          // header names whose values debug output never shows
	secretQuery   []string          // query names likewise
	signature     *RequestSignature // each attempt is signed so
}

// credentialsFor picks the credentials of cfg that the schemes take. Every API
// key goes where its scheme says; Authorization holds one credential, that of
// the first scheme (in the API description's order) the client has one for.
// secured is false when the API declares no schemes: then a token is sent as
// a bearer token on every request.
func credentialsFor(schemes []SecurityScheme, secured bool, cfg *config) credentials {
	var found credentials
	bearer := ""
	if cfg.token != "" {
		bearer = "Bearer " + cfg.token
	}
	if !secured {
		found.authorization = bearer
		return found
	}
	sent := map[string]bool{}
	for _, s := range schemes {
		if s.Signature != nil {
			if found.signature == nil && cfg.signingKeyID != "" {
				found.signature = s.Signature
				found.secretHeaders = append(found.secretHeaders, s.Signature.SignatureHeader)
			}
			continue
		}
		if s.Kind == SchemeAPIKey {
			key := s.In + "\x00" + s.Name
			if !cfg.hasAPIKey || s.Name == "" || sent[key] {
				continue
			}
			sent[key] = true
			switch s.In {
			case InHeader:
				found.header = append(found.header, [2]string{s.Name, cfg.apiKey})
				found.secretHeaders = append(found.secretHeaders, s.Name)
			case InQuery:
				found.query = append(found.query, [2]string{s.Name, cfg.apiKey})
				found.secretQuery = append(found.secretQuery, s.Name)
			case InCookie:
				found.cookies = append(found.cookies, s.Name+"="+url.QueryEscape(cfg.apiKey))
			}
			continue
		}
		if found.authorization != "" || found.tokenURL != "" {
			continue
		}
		switch {
		case s.Kind == SchemeHTTP && strings.EqualFold(s.Scheme, "basic"):
			if cfg.hasBasic {
				found.authorization = basicAuthorization(cfg.username, cfg.password)
			}
		case s.Kind == SchemeHTTP && strings.EqualFold(s.Scheme, "bearer"):
			found.authorization = bearer
		case s.Kind == SchemeOAuth2:
			tokenURL := cmp.Or(cfg.tokenURL, s.TokenURL)
			if cfg.clientCredentials != nil && tokenURL != "" {
				found.tokenURL = resolveURL(cfg.baseURL, tokenURL)
			} else {
				found.authorization = bearer
			}
		case s.Kind == SchemeOpenIDConnect:
			found.authorization = bearer
		}
	}
	return found
}

// missingCredentials refuses a client of an API whose every operation needs
// credentials when it has none at all: no token (WithToken, <PREFIX>_TOKEN),
// basic credentials, API key, client credentials, signing key, signer or
// Authorization header. WithToken("") (or WithSigningKey("", "")) is none on
// purpose, and accepted.
func missingCredentials(info Info, cfg *config) *InvalidArgumentError {
	if !info.Secured || len(info.Operations) == 0 {
		return nil
	}
	ways := map[string]bool{}
	for _, op := range info.Operations {
		if len(op.Security) == 0 {
			return nil // a public operation: a client without credentials has a use
		}
		for _, s := range op.Security {
			switch {
			case s.Kind == SchemeMutualTLS:
				return nil // its credential is the HTTP client's TLS certificate (WithHTTPClient)
			case s.Signature != nil:
				ways["WithSigningKey"] = true
			case s.Kind == SchemeAPIKey:
				ways["WithAPIKey"] = true
			case s.Kind == SchemeHTTP && strings.EqualFold(s.Scheme, "basic"):
				ways["WithBasicAuth"] = true
			case s.Kind == SchemeOAuth2:
				ways["WithClientCredentials"] = true
				ways["WithToken"] = true
			default:
				ways["WithToken"] = true
			}
		}
	}
	if cfg.token != "" || cfg.tokenSet || cfg.hasBasic || cfg.hasAPIKey || cfg.clientCredentials != nil ||
		cfg.signingKeyID != "" || cfg.signingSet || cfg.signer != nil || cfg.header.Get("Authorization") != "" {
		return nil
	}
	var hints []string
	for _, way := range []string{"WithToken", "WithBasicAuth", "WithAPIKey", "WithClientCredentials", "WithSigningKey"} {
		if !ways[way] {
			continue
		}
		hint := way
		if info.EnvPrefix != "" && way == "WithToken" {
			hint += " (or " + info.EnvPrefix + "_TOKEN)"
		} else if info.EnvPrefix != "" && way == "WithSigningKey" {
			hint += " (or " + info.EnvPrefix + "_SIGNING_KEY_ID and " + info.EnvPrefix + "_SIGNING_SECRET)"
		}
		hints = append(hints, hint)
	}
	return &InvalidArgumentError{Message: "no credentials: every operation of this API needs one; pass " +
		strings.Join(hints, ", or ") + `; WithToken("") builds a client without credentials on purpose`}
}

// resolveURL reads a relative token URL against the server the client talks to.
func resolveURL(baseURL, ref string) string {
	base, err := url.Parse(baseURL)
	if err != nil {
		return ref
	}
	target, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return base.ResolveReference(target).String()
}

func basicAuthorization(username, password string) string {
	return "Basic " + base64.StdEncoding.EncodeToString([]byte(username+":"+password))
}

// clientCredentials fetches OAuth2 client-credentials tokens and keeps one
// per token URL until it expires. It is shared by every call of a client (and
// of its WithOptions copies); concurrent calls that find no valid token wait
// for one shared request.
type clientCredentials struct {
	id     string
	secret string
	scopes []string
	mu     sync.Mutex
	tokens map[string]*accessToken
}

// accessToken is one token, or the request fetching it (ready is closed when
// that request has ended; then value or err is set).
type accessToken struct {
	ready   chan struct{}
	value   string
	staleAt time.Time // zero: valid until the API refuses it
	err     error
}

func newClientCredentials(id, secret string, scopes []string) *clientCredentials {
	return &clientCredentials{id: id, secret: secret, scopes: scopes, tokens: map[string]*accessToken{}}
}

// tokenFetch is how a token request is sent: the client's transport,
// timeout, clock and logger, and the call it serves (for errors).
type tokenFetch struct {
	cfg       *config
	userAgent string
	op        *Operation
}

// token returns a valid token for tokenURL: the cached one, the one another
// call is fetching, or a new one. Waiting obeys ctx; the request itself is
// not cancelled with ctx, since other calls may be waiting for it.
func (cc *clientCredentials) token(ctx context.Context, tokenURL string, f tokenFetch) (string, error) {
	cc.mu.Lock()
	t := cc.tokens[tokenURL]
	if t != nil {
		select {
		case <-t.ready:
			if t.err != nil || (!t.staleAt.IsZero() && !f.cfg.clock.Now().Before(t.staleAt)) {
				t = nil // failed or expired: fetch again
			}
		default:
		}
	}
	if t == nil {
		t = &accessToken{ready: make(chan struct{})}
		cc.tokens[tokenURL] = t
		go cc.fetch(ctx, tokenURL, t, f)
	}
	cc.mu.Unlock()
	select {
	case <-t.ready:
		return t.value, t.err
	case <-ctx.Done():
		return "", &ConnectionError{OperationID: f.op.ID, Method: http.MethodPost, URL: tokenURL, Attempts: 1,
			Err: fmt.Errorf("waiting for a token: %w", ctx.Err())}
	}
}

// invalidate drops used after the API refused it, unless another call has
// already replaced it.
func (cc *clientCredentials) invalidate(tokenURL, used string) {
	cc.mu.Lock()
	defer cc.mu.Unlock()
	if t := cc.tokens[tokenURL]; t != nil {
		select {
		case <-t.ready:
			if t.value == used {
				delete(cc.tokens, tokenURL)
			}
		default:
		}
	}
}

func (cc *clientCredentials) fetch(ctx context.Context, tokenURL string, t *accessToken, f tokenFetch) {
	defer close(t.ready)
	fctx := context.WithoutCancel(ctx)
	if f.cfg.timeout > 0 {
		var cancel context.CancelFunc
		fctx, cancel = context.WithTimeout(fctx, f.cfg.timeout)
		defer cancel()
	}
	requested := f.cfg.clock.Now()
	value, expiresIn, err := cc.request(fctx, tokenURL, f)
	if err != nil {
		t.err = err
		return
	}
	t.value = value
	if expiresIn > 0 {
		t.staleAt = requested.Add(expiresIn - TokenRefreshMargin)
	}
}

// request makes one token request (RFC 6749 section 4.4): the client
// authenticates with HTTP Basic, the grant and scopes go in a form body.
func (cc *clientCredentials) request(ctx context.Context, tokenURL string, f tokenFetch) (string, time.Duration, error) {
	form := url.Values{"grant_type": {"client_credentials"}}
	if len(cc.scopes) > 0 {
		form.Set("scope", strings.Join(cc.scopes, " "))
	}
	failed := func(err error) error {
		base := &ConnectionError{OperationID: f.op.ID, Method: http.MethodPost, URL: tokenURL, Attempts: 1,
			Err: fmt.Errorf("the token request failed: %w", err)}
		if errors.Is(err, context.DeadlineExceeded) {
			return &TimeoutError{base}
		}
		return base
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, tokenURL, strings.NewReader(form.Encode()))
	if err != nil {
		return "", 0, failed(err)
	}
	// RFC 6749 section 2.3.1: id and secret are form-encoded before Basic encoding.
	req.Header.Set("Authorization", basicAuthorization(url.QueryEscape(cc.id), url.QueryEscape(cc.secret)))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", f.userAgent)
	logger := f.cfg.logger
	if logger != nil && logger.Enabled(ctx, slog.LevelDebug) {
		logger.LogAttrs(ctx, slog.LevelDebug, "token request", slog.String("url", tokenURL),
			slog.Any("header", redactHeader(req.Header, nil)))
	}
	resp, err := f.cfg.httpClient.Do(req)
	if err != nil {
		return "", 0, failed(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return "", 0, failed(err)
	}
	if logger != nil && logger.Enabled(ctx, slog.LevelDebug) {
		logger.LogAttrs(ctx, slog.LevelDebug, "token response", slog.String("url", tokenURL),
			slog.Int("status", resp.StatusCode), slog.Any("header", redactHeader(resp.Header, nil)))
	}
	var answer struct {
		AccessToken      string          `json:"access_token"`
		ExpiresIn        json.RawMessage `json:"expires_in"`
		Error            string          `json:"error"`
		ErrorDescription string          `json:"error_description"`
	}
	decodeErr := json.Unmarshal(body, &answer)
	if resp.StatusCode < 200 || resp.StatusCode >= 300 {
		message := "the token request failed"
		if answer.ErrorDescription != "" {
			message += ": " + answer.ErrorDescription
		} else if answer.Error != "" {
			message += ": " + answer.Error
		} else if text := http.StatusText(resp.StatusCode); text != "" {
			message += ": " + text
		}
		return "", 0, tokenError(f.op, tokenURL, resp, answer.Error, message)
	}
	if decodeErr != nil || answer.AccessToken == "" {
		return "", 0, tokenError(f.op, tokenURL, resp, "", "the token request failed: the answer has no access_token")
	}
	return answer.AccessToken, expiresIn(answer.ExpiresIn), nil
}

// tokenError is an *AuthenticationError carrying the token endpoint's status
// (whatever it was): the credentials could not be turned into a token. The
// body is left out, since a token endpoint's answer may hold secrets.
func tokenError(op *Operation, tokenURL string, resp *http.Response, code, message string) error {
	return &AuthenticationError{&ClientError{&APIError{
		StatusCode:  resp.StatusCode,
		Code:        code,
		Message:     message,
		Header:      resp.Header,
		OperationID: op.ID,
		Method:      http.MethodPost,
		URL:         tokenURL,
	}}}
}

// expiresIn reads expires_in, a number of seconds (some servers send it as a
// string); 0 when it is missing or not a positive number.
func expiresIn(raw json.RawMessage) time.Duration {
	text := strings.Trim(strings.TrimSpace(string(raw)), `"`)
	seconds, err := strconv.ParseFloat(text, 64)
	if err != nil || seconds <= 0 || seconds > 1e9 {
		return 0
	}
	return time.Duration(seconds * float64(time.Second))
}
