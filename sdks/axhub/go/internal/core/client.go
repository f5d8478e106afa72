package core

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"iter"
	"net"
	"net/http"
	"net/url"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"time"
)

// Info is what a generated package tells the runtime about itself.
type Info struct {
	Name       string // SDK name, for the User-Agent
	Version    string
	BaseURL    string // the default server; "" when the API names none
	Operations []*Operation
	// Secured is true when the API declares security schemes: each operation
	// then sends the credentials its Security accepts, and none when that is
	// empty. Otherwise a token (WithToken) goes to every operation.
	Secured bool
	// EnvPrefix names the environment variables NewClient reads:
	// <EnvPrefix>_TOKEN, <EnvPrefix>_BASE_URL and <EnvPrefix>_LOG ("" reads none).
	EnvPrefix string
	// Hosts are the base URLs beside BaseURL that some operations go to
	// (Operation.Host), each overridden by WithHostBaseURL or
	// <EnvPrefix>_<KEY>_BASE_URL.
	Hosts []Host
	// Signed is true when a scheme of the API signs requests
	// (SecurityScheme.Signature): then <EnvPrefix>_SIGNING_KEY_ID and
	// <EnvPrefix>_SIGNING_SECRET are read.
	Signed bool
	// Tenant is the header that names the tenant of tenant-scoped operations
	// (Operation.TenantScoped); nil when the API declares none, and then
	// WithTenantID sends X-Tenant-ID on every operation.
	Tenant *Tenant
}

// Tenant describes the API's tenant header: WithTenantID (or the variable
// Env) fills it on the operations marked TenantScoped, and nowhere else.
type Tenant struct {
	Header string // "X-Tenant-ID"
	Env    string // the environment variable that sets it: "PLATFORM_TENANT_ID"; "" for none
	Option string // the generated option that sets it, for messages
}

// Host is a named base URL of its own (the API description's path- or
// operation-level servers).
type Host struct {
	Key     string // "agent"
	BaseURL string // the default; "" when the API names none
	Option  string // the generated option that sets it, for messages: "WithAgentBaseURL"
}

// Client sends the operations of one API. It is safe for concurrent use; its
// settings never change after it is made (WithOptions makes a copy).
type Client struct {
	info      Info
	cfg       config
	ops       map[string]*Operation
	userAgent string
	closed    *atomic.Bool // shared with the copies WithOptions makes
}

// NewClient makes a client with the options applied over the defaults and
// the environment (see Info.EnvPrefix): an explicit option wins. A base URL
// that is not an absolute http(s) URL with a host, and a bad option value,
// are an *InvalidArgumentError here, before any call.
func NewClient(info Info, opts ...RequestOption) (*Client, error) {
	c := &Client{info: info, cfg: defaultConfig(strings.TrimRight(info.BaseURL, "/")), closed: new(atomic.Bool)}
	for _, h := range info.Hosts {
		c.cfg.hostURLs[h.Key] = strings.TrimRight(h.BaseURL, "/")
	}
	env := c.cfg.envDefaults(info)
	c.ops = make(map[string]*Operation, len(info.Operations))
	for _, op := range info.Operations {
		c.ops[op.ID] = op
	}
	c.userAgent = fmt.Sprintf("%s/%s go/%s (%s; %s)", info.Name, info.Version,
		strings.TrimPrefix(runtime.Version(), "go"), runtime.GOOS, runtime.GOARCH)
	if err := c.cfg.apply(opts); err != nil {
		return nil, err
	}
	if err := baseURLError(c.cfg.baseURL, env.baseURL, info.EnvPrefix); err != nil {
		return nil, err
	}
	for _, h := range info.Hosts {
		if err := hostURLError(h, c.cfg.hostURLs[h.Key], env, info.EnvPrefix); err != nil {
			return nil, err
		}
	}
	if err := missingCredentials(info, &c.cfg); err != nil {
		return nil, err
	}
	c.cfg.session = newSession(info, &c.cfg)
	c.cfg.sessionSeed, c.cfg.tokenStore = nil, nil
	return c, nil
}

// Close releases the client: idle connections of its HTTP client are closed,
// and every later call of it (and of the copies WithOptions made) fails with
// an *InvalidArgumentError before anything is sent. Closing twice is allowed.
func (c *Client) Close() error {
	c.closed.Store(true)
	if closer, ok := c.cfg.httpClient.(interface{ CloseIdleConnections() }); ok {
		closer.CloseIdleConnections()
	}
	return nil
}

// WithOptions returns a copy of the client with more options applied; the
// copy shares the HTTP client (and so its connection pool).
func (c *Client) WithOptions(opts ...RequestOption) (*Client, error) {
	copied := *c
	copied.cfg = c.cfg.clone()
	if err := copied.cfg.apply(opts); err != nil {
		return nil, err
	}
	if copied.cfg.sessionSeed != nil || copied.cfg.tokenStore != nil {
		copied.cfg.session = newSession(c.info, &copied.cfg) // a session of its own
		copied.cfg.sessionSeed, copied.cfg.tokenStore = nil, nil
	}
	return &copied, nil
}

// BaseURL is the server the client sends to.
func (c *Client) BaseURL() string {
	return c.cfg.baseURL
}

// HostBaseURL is the server the client sends the operations of a named host
// to; "" for a host the API does not have.
func (c *Client) HostBaseURL(host string) string {
	return c.cfg.hostURLs[host]
}

// Operation finds an operation by its operationId.
func (c *Client) Operation(operationID string) (*Operation, error) {
	if op, ok := c.ops[operationID]; ok {
		return op, nil
	}
	msg := fmt.Sprintf("unknown operationId %q", operationID)
	if close := closeMatches(operationID, c.ops); len(close) > 0 {
		msg += "; did you mean " + quoteAll(close) + "?"
	}
	return nil, &InvalidArgumentError{Message: msg}
}

// Request calls an operation by its operationId. The result is what the
// operation's method returns, as an any: a pointer to the decoded model
// (*Deployment), EmptyResult, *Redirect, a string or []byte. An operation
// that answers with an event stream is called with Stream instead.
func (c *Client) Request(ctx context.Context, operationID string, params OperationParams, opts ...RequestOption) (any, error) {
	op, err := c.Operation(operationID)
	if err != nil {
		return nil, err
	}
	if op.streams() {
		return nil, invalidArgument(op, "the operation answers with an event stream: call Stream")
	}
	return Call[any](ctx, c, op, params, opts)
}

// Stream ranges over the events of an operation that answers with
// text/event-stream, by operationId.
func (c *Client) Stream(ctx context.Context, operationID string, params OperationParams, opts ...RequestOption) iter.Seq2[ServerSentEvent, error] {
	op, err := c.Operation(operationID)
	if err != nil {
		return failed[ServerSentEvent](err)
	}
	return Stream(ctx, c, op, params, opts)
}

// Iterate ranges over every item of a paginated operation, by operationId;
// items are decoded as plain JSON values (map[string]any, ...).
func (c *Client) Iterate(ctx context.Context, operationID string, params OperationParams, opts ...RequestOption) iter.Seq2[any, error] {
	op, err := c.Operation(operationID)
	if err != nil {
		return failed[any](err)
	}
	return Iterate[any](ctx, c, op, params, opts)
}

// Wait polls an operation with a waiter, by operationId, until it reaches a
// terminal state.
func (c *Client) Wait(ctx context.Context, operationID string, params OperationParams, opts ...RequestOption) (any, error) {
	op, err := c.Operation(operationID)
	if err != nil {
		return nil, err
	}
	return Wait[any](ctx, c, op, params, opts)
}

// Tail follows an operation with a tail, by operationId; items are decoded as
// plain JSON values.
func (c *Client) Tail(ctx context.Context, operationID string, params OperationParams, opts ...RequestOption) iter.Seq2[any, error] {
	op, err := c.Operation(operationID)
	if err != nil {
		return failed[any](err)
	}
	return Tail[any](ctx, c, op, params, opts)
}

func failed[T any](err error) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var zero T
		yield(zero, err)
	}
}

// Call sends one operation and decodes its result as T.
func Call[T any](ctx context.Context, c *Client, op *Operation, params OperationParams, opts []RequestOption) (T, error) {
	var zero T
	raw, _, err := c.execute(ctx, op, params, opts)
	if err != nil {
		return zero, err
	}
	return decodeResult[T](op, raw)
}

// execute builds, sends (with retries) and checks one call: a 2xx or 3xx
// comes back raw, anything else as the error of its status.
func (c *Client) execute(ctx context.Context, op *Operation, params OperationParams, opts []RequestOption) (*RawResponse, *config, error) {
	return c.run(ctx, op, params, opts, false)
}

// run is execute; with stream, the body of a 2xx (but 204) is left unread in
// the response's stream.
func (c *Client) run(ctx context.Context, op *Operation, params OperationParams, opts []RequestOption, stream bool) (*RawResponse, *config, error) {
	return c.runAt(ctx, op, params, opts, stream, "")
}

// executePage is execute for one page of Iterate: with next, a GET of that
// next-page URL instead of the operation's own.
func (c *Client) executePage(ctx context.Context, op *Operation, params OperationParams, opts []RequestOption, next string) (*RawResponse, error) {
	raw, _, err := c.runAt(ctx, op, params, opts, false, next)
	return raw, err
}

// runAt is run; with next, the request goes to that URL (see follow).
func (c *Client) runAt(ctx context.Context, op *Operation, params OperationParams, opts []RequestOption, stream bool, next string) (*RawResponse, *config, error) {
	if ctx == nil {
		return nil, nil, invalidArgument(op, "nil context")
	}
	if c.closed.Load() {
		return nil, nil, invalidArgument(op, "the client is closed")
	}
	cfg, err := c.callConfig(op, opts)
	if err != nil {
		return nil, nil, err
	}
	if cfg.sessionSeed != nil || cfg.tokenStore != nil {
		return nil, nil, invalidArgument(op, "WithSession and WithTokenStore apply to NewClient or WithOptions, not to one call")
	}
	if op.Session != nil && op.Session.Role == SessionLogout && params.Body == nil && op.Session.RequestField != "" && cfg.session != nil {
		tokens, err := cfg.session.current(ctx)
		if err != nil {
			return nil, nil, err
		}
		if tokens.RefreshToken != "" {
			params.Body = map[string]any{op.Session.RequestField: tokens.RefreshToken}
		}
	}
	prepared, err := c.prepare(op, params, cfg)
	if err != nil {
		return nil, nil, err
	}
	prepared.session = usesSession(op, c.info.Secured, cfg)
	if next != "" {
		if err := prepared.follow(next, prepared.base); err != nil {
			return nil, nil, err
		}
	}
	prepared.stream = stream
	raw, err := c.send(ctx, prepared, cfg)
	if raw != nil {
		raw.sent = prepared.url
	}
	if raw != nil && cfg.responseInto != nil {
		*cfg.responseInto = raw
	}
	if raw != nil && cfg.httpResponseInto != nil {
		*cfg.httpResponseInto = raw.HTTPResponse
	}
	if err != nil {
		return nil, nil, err
	}
	if raw.StatusCode < 200 || raw.StatusCode >= 400 {
		return nil, nil, raw.statusError(cfg.clock.Now(), op)
	}
	if op.Session != nil && cfg.session != nil && !stream {
		if err := cfg.session.observe(ctx, op, raw, cfg.clock.Now()); err != nil {
			return nil, nil, err
		}
	}
	return raw, cfg, nil
}

// prepared is one call ready to send; every attempt is built from it.
type prepared struct {
	op         *Operation
	method     string
	url        string
	shownURL   string // url as errors and debug output show it: API keys redacted
	hidden     secrets
	header     http.Header
	body       []byte
	maxRetries int
	retryable  bool
	tokenURL   string            // each attempt sends a client-credentials token from here
	signature  *RequestSignature // each attempt is signed with the client's signing key
	base       string            // the base URL the request went to (its host's)
	stream     bool
	session    bool // each attempt sends the session's access token (usesSession)
}

func (c *Client) prepare(op *Operation, params OperationParams, cfg *config) (*prepared, error) {
	pathValues, err := readValues(op, "PathParams", params.PathParams)
	if err != nil {
		return nil, err
	}
	path, err := renderPath(op, pathValues)
	if err != nil {
		return nil, err
	}
	queryValues, err := readValues(op, "Query", params.Query)
	if err != nil {
		return nil, err
	}
	headerValues, err := readValues(op, "Headers", params.Headers)
	if err != nil {
		return nil, err
	}
	for _, given := range []struct {
		field  string
		values map[string]any
	}{{"PathParams", pathValues}, {"Query", queryValues}, {"Headers", headerValues}} {
		if err := checkTypes(op, given.field, given.values); err != nil {
			return nil, err
		}
	}
	var r routed
	route(op, queryValues, InQuery, &r)
	route(op, headerValues, InHeader, &r)
	body, contentType, err := encodeBody(op, params.Body)
	if err != nil {
		return nil, err
	}

	creds := credentialsFor(op.Security, c.info.Secured, cfg)
	header := http.Header{}
	if op.streams() {
		header.Set("Accept", "text/event-stream")
	} else {
		header.Set("Accept", "application/json")
	}
	header.Set("User-Agent", c.userAgent)
	if creds.authorization != "" {
		header.Set("Authorization", creds.authorization)
	}
	if name := tenantHeader(c.info.Tenant, op); name != "" && cfg.tenantID != "" {
		header.Set(name, cfg.tenantID)
	}
	for _, kv := range creds.header {
		header.Set(kv[0], kv[1])
	}
	for _, kv := range r.header {
		header.Set(kv[0], kv[1])
	}
	if cookies := append(creds.cookies, r.cookies...); len(cookies) > 0 {
		header.Set("Cookie", strings.Join(cookies, "; "))
	}
	for name, values := range cfg.header {
		header[name] = slices.Clone(values)
	}
	if contentType != "" {
		header.Set("Content-Type", contentType)
	}
	if cfg.idempotencyKey != "" {
		header.Set(IdempotencyHeader, cfg.idempotencyKey)
	} else if autoIdempotencyMethods[op.Method] && cfg.maxRetries > 0 && header.Get(IdempotencyHeader) == "" {
		header.Set(IdempotencyHeader, newUUID()) // once per call, kept across its retries
	}

	base := cfg.baseURL
	if hostURL, ok := cfg.hostURLs[op.Host]; ok && op.Host != "" {
		base = hostURL
	}
	target := base + path
	r.query = append(r.query, creds.query...)
	for name, values := range cfg.query {
		for _, v := range values {
			r.query = append(r.query, [2]string{name, v})
		}
	}
	if len(r.query) > 0 {
		target += "?" + encodeQuery(r.query)
	}
	return &prepared{
		op:         op,
		method:     op.Method,
		url:        target,
		shownURL:   redactURL(target, creds.secretQuery),
		hidden:     secrets{headers: creds.secretHeaders, query: creds.secretQuery},
		header:     header,
		body:       body,
		maxRetries: cfg.maxRetries,
		retryable:  isRetryable(op.Method, header),
		tokenURL:   creds.tokenURL,
		signature:  creds.signature,
		base:       base,
	}, nil
}

// follow points p at a next-page URL the API gave: its own query, plus any API
// key the client sends in the query. Only on the API's own origin: elsewhere,
// no credentials go.
func (p *prepared) follow(next, baseURL string) error {
	target, err := url.Parse(next)
	base, baseErr := url.Parse(baseURL)
	if err != nil || baseErr != nil || target.Scheme != base.Scheme || target.Host != base.Host {
		shown := next
		if err == nil {
			target.RawQuery = ""
			shown = target.String()
		}
		return invalidArgument(p.op, "the next page is at %s, not on %s; not following it with this client's credentials", shown, baseURL)
	}
	pairs := rawQueryPairs(target.RawQuery)
	given := map[string]bool{}
	for _, kv := range pairs {
		given[kv[0]] = true
	}
	if current, err := url.Parse(p.url); err == nil {
		for _, kv := range rawQueryPairs(current.RawQuery) {
			if slices.Contains(p.hidden.query, kv[0]) && !given[kv[0]] {
				pairs = append(pairs, kv)
			}
		}
	}
	target.RawQuery = ""
	p.url = target.String()
	if len(pairs) > 0 {
		p.url += "?" + encodeQuery(pairs)
	}
	p.shownURL = redactURL(p.url, p.hidden.query)
	return nil
}

// rawQueryPairs splits a raw query into its name/value pairs, in order.
func rawQueryPairs(raw string) [][2]string {
	var pairs [][2]string
	for _, part := range strings.Split(raw, "&") {
		if part == "" {
			continue
		}
		name, value, _ := strings.Cut(part, "=")
		if n, err := url.QueryUnescape(name); err == nil {
			name = n
		}
		if v, err := url.QueryUnescape(value); err == nil {
			value = v
		}
		pairs = append(pairs, [2]string{name, value})
	}
	return pairs
}

// send makes the attempts of one call: transport errors and retryable
// statuses are retried, for requests that may be repeated, up to maxRetries
// times, waiting in between. A 401 to a client-credentials token is sent once
// more with a new token; that is not a retry (the server refused the request
// before acting on it).
func (c *Client) send(ctx context.Context, p *prepared, cfg *config) (*RawResponse, error) {
	renewed := false
	for retry, number := 0, 1; ; number++ {
		token, err := c.clientToken(ctx, p, cfg)
		if err != nil {
			return nil, err
		}
		raw, err := c.attempt(ctx, p, cfg, number, token)
		canRetry := p.retryable && retry < p.maxRetries && ctx.Err() == nil
		if err != nil {
			if !canRetry {
				return nil, transportError(ctx, p, err, number)
			}
			if serr := cfg.clock.Sleep(ctx, backoff(retry, cfg.jitter)); serr != nil {
				return nil, transportError(ctx, p, serr, number)
			}
			retry++
			continue
		}
		if raw.StatusCode == http.StatusUnauthorized && token != "" && !renewed {
			renewed = true
			if !p.session {
				cfg.clientCredentials.invalidate(p.tokenURL, token)
				continue
			}
			fresh, err := cfg.session.renew(ctx, c, token)
			if err != nil {
				return nil, err
			}
			if fresh == "" {
				return raw, nil // nothing to renew with: the 401 stands
			}
			continue
		}
		if !canRetry || !retryableStatuses[raw.StatusCode] {
			return raw, nil
		}
		delay := retryDelay(retry, raw.retryAfter(cfg.clock.Now()), cfg.jitter)
		if serr := cfg.clock.Sleep(ctx, delay); serr != nil {
			return raw, nil
		}
		retry++
	}
}

// clientToken is the session or client-credentials token an attempt sends, or "" when it
// sends none.
func (c *Client) clientToken(ctx context.Context, p *prepared, cfg *config) (string, error) {
	if p.session {
		return cfg.session.token(ctx, c, cfg)
	}
	if p.tokenURL == "" || cfg.clientCredentials == nil {
		return "", nil
	}
	return cfg.clientCredentials.token(ctx, p.tokenURL, tokenFetch{cfg: cfg, userAgent: c.userAgent, op: p.op})
}

// attemptContext bounds one attempt by the timeout: all of it, or for a
// stream only the wait for the response headers (stop says whether the
// timeout has not struck yet, and ends that bound).
func attemptContext(ctx context.Context, p *prepared, cfg *config) (actx context.Context, cancel func(), stop func() bool) {
	if cfg.timeout <= 0 {
		actx, cancel = context.WithCancel(ctx)
		return actx, cancel, func() bool { return true }
	}
	if !p.stream {
		actx, cancel = context.WithTimeout(ctx, cfg.timeout)
		return actx, cancel, func() bool { return true }
	}
	actx, cancelCause := context.WithCancelCause(ctx)
	timer := time.AfterFunc(cfg.timeout, func() {
		cancelCause(fmt.Errorf("no response headers within %s: %w", cfg.timeout, context.DeadlineExceeded))
	})
	return actx, func() { timer.Stop(); cancelCause(nil) }, timer.Stop
}

func (c *Client) attempt(ctx context.Context, p *prepared, cfg *config, number int, token string) (*RawResponse, error) {
	actx, cancel, stop := attemptContext(ctx, p, cfg)
	handedOn := false
	defer func() {
		if !handedOn {
			cancel()
		}
	}()
	var reader io.Reader
	if p.body != nil {
		reader = bytes.NewReader(p.body)
	}
	req, err := http.NewRequestWithContext(actx, p.method, p.url, reader)
	if err != nil {
		return nil, err
	}
	if p.body != nil {
		body := p.body
		req.GetBody = func() (io.ReadCloser, error) {
			return io.NopCloser(bytes.NewReader(body)), nil
		}
	}
	if token != "" || cfg.signer != nil || p.signature != nil {
		req.Header = p.header.Clone() // changed below: the call's other attempts keep their own
	} else {
		req.Header = p.header // nothing changes it: net/http copies the headers it changes
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if p.signature != nil {
		// A fresh timestamp and nonce on every attempt, over the final URL and body.
		signer := RequestSigner{Signature: p.signature, KeyID: cfg.signingKeyID, Secret: cfg.signingSecret, Now: cfg.clock.Now}
		if err := signer.Sign(req, p.body); err != nil {
			return nil, err
		}
	}
	if cfg.signer != nil {
		if err := cfg.signer.Sign(req, p.body); err != nil {
			return nil, fmt.Errorf("signer: %w", err)
		}
	}
	cfg.showRequest(req, p.body, number, p.hidden)
	started := cfg.clock.Now()
	resp, err := cfg.httpClient.Do(req)
	if err != nil {
		var urlErr *url.Error
		if errors.As(err, &urlErr) {
			urlErr.URL = p.shownURL // the transport's message names the URL, API keys included
		}
		if cause := context.Cause(actx); p.stream && cause != nil && ctx.Err() == nil {
			return nil, cause // the wait for the headers timed out
		}
		return nil, err
	}
	raw := &RawResponse{
		StatusCode:   resp.StatusCode,
		Header:       resp.Header,
		Method:       p.method,
		URL:          p.shownURL,
		OperationID:  p.op.ID,
		HTTPResponse: resp,
	}
	if p.stream && resp.StatusCode >= 200 && resp.StatusCode < 300 && resp.StatusCode != http.StatusNoContent {
		if !stop() {
			resp.Body.Close()
			return nil, context.Cause(actx)
		}
		handedOn = true
		cfg.showResponse(req, resp, nil, cfg.clock.Now().Sub(started), p.hidden)
		raw.stream = &streamBody{ReadCloser: resp.Body, cancel: cancel}
		return raw, nil
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	cfg.showResponse(req, resp, data, cfg.clock.Now().Sub(started), p.hidden)
	raw.Body = data
	resp.Body = io.NopCloser(bytes.NewReader(data))
	return raw, nil
}

// streamBody is the unread body of a stream; closing it also ends the
// attempt's context.
type streamBody struct {
	io.ReadCloser
	cancel func()
}

// Close closes the body and releases the attempt.
func (b *streamBody) Close() error {
	err := b.ReadCloser.Close()
	b.cancel()
	return err
}

// transportError wraps a failed attempt as a *TimeoutError or a *ConnectionError.
func transportError(ctx context.Context, p *prepared, err error, attempts int) error {
	var invalid *InvalidArgumentError
	if errors.As(err, &invalid) {
		return err
	}
	base := &ConnectionError{OperationID: p.op.ID, Method: p.method, URL: p.shownURL, Attempts: attempts, Err: err}
	var netErr net.Error
	if errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &netErr) && netErr.Timeout()) ||
		errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return &TimeoutError{base}
	}
	return base
}

// newUUID is a random (version 4) UUID.
func newUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}

// closeMatches suggests operationIds near a mistyped one.
func closeMatches(name string, ops map[string]*Operation) []string {
	type scored struct {
		id       string
		distance int
	}
	var found []scored
	lower := strings.ToLower(name)
	for id := range ops {
		d := levenshtein(lower, strings.ToLower(id))
		if d <= max(2, len(id)/5) {
			found = append(found, scored{id, d})
		}
	}
	slices.SortFunc(found, func(a, b scored) int {
		if a.distance != b.distance {
			return a.distance - b.distance
		}
		return strings.Compare(a.id, b.id)
	})
	var out []string
	for i := 0; i < len(found) && i < 3; i++ {
		out = append(out, found[i].id)
	}
	return out
}

func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// callConfig is the configuration one call of op would use.
func (c *Client) callConfig(op *Operation, opts []RequestOption) (*config, error) {
	if len(opts) == 0 {
		cfg := c.cfg // a call only reads its configuration: the client's maps can be shared
		return &cfg, nil
	}
	cfg := c.cfg.clone()
	if err := cfg.apply(opts); err != nil {
		err.OperationID = op.ID
		return nil, err
	}
	return &cfg, nil
}

// tenantHeader is the header WithTenantID fills on op: the API's own tenant
// header on its tenant-scoped operations only, or X-Tenant-ID on every
// operation when the API declares none; "" when op takes none.
func tenantHeader(t *Tenant, op *Operation) string {
	switch {
	case t == nil:
		return TenantHeader
	case op.TenantScoped:
		return t.Header
	default:
		return ""
	}
}
