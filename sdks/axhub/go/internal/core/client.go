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
)

// Info is what a generated package tells the runtime about itself.
type Info struct {
	Name       string // SDK name, for the User-Agent
	Version    string
	BaseURL    string // the default server; "" when the API names none
	Operations []*Operation
}

// Client sends the operations of one API. It is safe for concurrent use; its
// settings never change after it is made (WithOptions makes a copy).
type Client struct {
	info      Info
	cfg       config
	ops       map[string]*Operation
	userAgent string
}

// NewClient makes a client with the options applied over the defaults.
func NewClient(info Info, opts ...RequestOption) (*Client, error) {
	c := &Client{info: info, cfg: defaultConfig(strings.TrimRight(info.BaseURL, "/"))}
	c.ops = make(map[string]*Operation, len(info.Operations))
	for _, op := range info.Operations {
		c.ops[op.ID] = op
	}
	c.userAgent = fmt.Sprintf("%s/%s go/%s (%s; %s)", info.Name, info.Version,
		strings.TrimPrefix(runtime.Version(), "go"), runtime.GOOS, runtime.GOARCH)
	if err := c.cfg.apply(opts); err != nil {
		return nil, err
	}
	if c.cfg.baseURL == "" {
		return nil, &InvalidArgumentError{Message: "a base URL is required: pass WithBaseURL"}
	}
	if u, err := url.Parse(c.cfg.baseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, &InvalidArgumentError{Message: fmt.Sprintf("the base URL %q is not an absolute http(s) URL: pass WithBaseURL", c.cfg.baseURL)}
	}
	return c, nil
}

// WithOptions returns a copy of the client with more options applied; the
// copy shares the HTTP client (and so its connection pool).
func (c *Client) WithOptions(opts ...RequestOption) (*Client, error) {
	copied := *c
	copied.cfg = c.cfg.clone()
	if err := copied.cfg.apply(opts); err != nil {
		return nil, err
	}
	return &copied, nil
}

// BaseURL is the server the client sends to.
func (c *Client) BaseURL() string {
	return c.cfg.baseURL
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
// (*Deployment), EmptyResult, *Redirect, a string or []byte.
func (c *Client) Request(ctx context.Context, operationID string, params OperationParams, opts ...RequestOption) (any, error) {
	op, err := c.Operation(operationID)
	if err != nil {
		return nil, err
	}
	return Call[any](ctx, c, op, params, opts)
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
	if ctx == nil {
		return nil, nil, invalidArgument(op, "nil context")
	}
	cfg, err := c.callConfig(op, opts)
	if err != nil {
		return nil, nil, err
	}
	prepared, err := c.prepare(op, params, cfg)
	if err != nil {
		return nil, nil, err
	}
	raw, err := c.send(ctx, prepared, cfg)
	if raw != nil && cfg.responseInto != nil {
		*cfg.responseInto = raw
	}
	if err != nil {
		return nil, nil, err
	}
	if raw.StatusCode < 200 || raw.StatusCode >= 400 {
		return nil, nil, raw.statusError(cfg.clock.Now())
	}
	return raw, cfg, nil
}

// prepared is one call ready to send; every attempt is built from it.
type prepared struct {
	op         *Operation
	method     string
	url        string
	header     http.Header
	body       []byte
	maxRetries int
	retryable  bool
}

func (c *Client) prepare(op *Operation, params OperationParams, cfg *config) (*prepared, error) {
	pathValues, err := valuesOf(op, "PathParams", params.PathParams)
	if err != nil {
		return nil, err
	}
	path, err := renderPath(op, pathValues)
	if err != nil {
		return nil, err
	}
	queryValues, err := valuesOf(op, "Query", params.Query)
	if err != nil {
		return nil, err
	}
	headerValues, err := valuesOf(op, "Headers", params.Headers)
	if err != nil {
		return nil, err
	}
	var r routed
	route(op, queryValues, InQuery, &r)
	route(op, headerValues, InHeader, &r)
	body, contentType, err := encodeBody(op, params.Body)
	if err != nil {
		return nil, err
	}

	header := http.Header{}
	header.Set("Accept", "application/json")
	header.Set("User-Agent", c.userAgent)
	if cfg.token != "" {
		header.Set("Authorization", "Bearer "+cfg.token)
	}
	if cfg.tenantID != "" {
		header.Set(TenantHeader, cfg.tenantID)
	}
	for _, kv := range r.header {
		header.Set(kv[0], kv[1])
	}
	if len(r.cookies) > 0 {
		header.Set("Cookie", strings.Join(r.cookies, "; "))
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

	target := cfg.baseURL + path
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
		header:     header,
		body:       body,
		maxRetries: cfg.maxRetries,
		retryable:  isRetryable(op.Method, header),
	}, nil
}

// send makes the attempts of one call: transport errors and retryable
// statuses are retried, for requests that may be repeated, up to maxRetries
// times, waiting in between.
func (c *Client) send(ctx context.Context, p *prepared, cfg *config) (*RawResponse, error) {
	for retry := 0; ; retry++ {
		raw, err := c.attempt(ctx, p, cfg, retry+1)
		canRetry := p.retryable && retry < p.maxRetries && ctx.Err() == nil
		if err != nil {
			if !canRetry {
				return nil, transportError(ctx, p, err, retry+1)
			}
			if serr := cfg.clock.Sleep(ctx, backoff(retry, cfg.jitter)); serr != nil {
				return nil, transportError(ctx, p, serr, retry+1)
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
	}
}

func (c *Client) attempt(ctx context.Context, p *prepared, cfg *config, number int) (*RawResponse, error) {
	actx := ctx
	if cfg.timeout > 0 {
		var cancel context.CancelFunc
		actx, cancel = context.WithTimeout(ctx, cfg.timeout)
		defer cancel()
	}
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
	req.Header = p.header.Clone()
	if cfg.signer != nil {
		if err := cfg.signer.Sign(req, p.body); err != nil {
			return nil, fmt.Errorf("signer: %w", err)
		}
	}
	cfg.showRequest(req, p.body, number)
	started := cfg.clock.Now()
	resp, err := cfg.httpClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	cfg.showResponse(req, resp, data, cfg.clock.Now().Sub(started))
	return &RawResponse{
		StatusCode:  resp.StatusCode,
		Header:      resp.Header,
		Body:        data,
		Method:      p.method,
		URL:         p.url,
		OperationID: p.op.ID,
	}, nil
}

// transportError wraps a failed attempt as a *TimeoutError or a *ConnectionError.
func transportError(ctx context.Context, p *prepared, err error, attempts int) error {
	var invalid *InvalidArgumentError
	if errors.As(err, &invalid) {
		return err
	}
	base := &ConnectionError{OperationID: p.op.ID, Method: p.method, URL: p.url, Attempts: attempts, Err: err}
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
	cfg := c.cfg.clone()
	if err := cfg.apply(opts); err != nil {
		err.OperationID = op.ID
		return nil, err
	}
	return &cfg, nil
}
