package core

import (
	"context"
	"fmt"
	"log/slog"
	"maps"
	"math/rand/v2"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
)

// RequestOption configures a client (given to NewClient or WithOptions) or a
// single call (given to any operation method). A call's options apply over the
// client's.
type RequestOption func(*config)

// HTTPDoer sends one HTTP request. *http.Client is one; so is anything that
// wraps it (for proxies, TLS settings, tracing or recording).
type HTTPDoer interface {
	Do(req *http.Request) (*http.Response, error)
}

// Signer signs a request just before each attempt is sent, after every other
// header is set. body is the exact request body (nil when there is none).
type Signer interface {
	Sign(req *http.Request, body []byte) error
}

// SignerFunc adapts a function to Signer.
type SignerFunc func(req *http.Request, body []byte) error

// Sign calls f(req, body).
func (f SignerFunc) Sign(req *http.Request, body []byte) error {
	return f(req, body)
}

// Clock tells the time and waits; tests replace it to control backoff,
// waiters and the log tail without sleeping.
type Clock interface {
	Now() time.Time
	// Sleep waits for d, or until ctx is done (then it returns ctx.Err()).
	Sleep(ctx context.Context, d time.Duration) error
}

type systemClock struct{}

func (systemClock) Now() time.Time {
	return time.Now()
}

func (systemClock) Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-timer.C:
		return nil
	}
}

// config is everything an option can set. Values are copied per call.
type config struct {
	baseURL   string
	hostURLs  map[string]string // the base URL of each named host (Info.Hosts) by key
	token     string
	tokenSet  bool // WithToken was given (an empty token then means none, on purpose)
	username  string
	password  string
	hasBasic  bool
	apiKey    string
	hasAPIKey bool
	tokenURL  string
	// the key id and secret of request signatures (both or neither)
	signingKeyID  string
	signingSecret string
	signingSet    bool // WithSigningKey was given (empty: none, on purpose)
	// shared by every copy of the config, so that calls share its tokens
	clientCredentials *clientCredentials
	// shared by every copy of the config: the session's token pair (nil when
	// the API has no session operations)
	session          *session
	sessionSeed      *SessionTokens // WithSession: the pair a new session starts with
	tokenStore       TokenStore     // WithTokenStore
	tenantID         string
	header           http.Header
	query            url.Values
	httpClient       HTTPDoer
	maxRetries       int
	timeout          time.Duration
	signer           Signer
	logger           *slog.Logger
	onRequest        func(*http.Request)
	onResponse       func(*http.Response)
	idempotencyKey   string
	responseInto     **RawResponse
	httpResponseInto **http.Response
	waitTimeout      time.Duration
	pollInterval     time.Duration
	tailInterval     time.Duration
	maxPolls         int
	tailTimeout      time.Duration // a tail's own deadline (WaitOptions.Timeout); 0: none
	stop             func() bool   // asked before each poll after the first (WaitOptions.Stop)
	clock            Clock
	jitter           func() float64
	errs             []string
}

func defaultConfig(baseURL string) config {
	return config{
		baseURL:      baseURL,
		hostURLs:     map[string]string{},
		header:       http.Header{},
		query:        url.Values{},
		httpClient:   &http.Client{CheckRedirect: doNotFollow},
		maxRetries:   DefaultMaxRetries,
		timeout:      DefaultTimeout,
		waitTimeout:  DefaultWaitTimeout,
		pollInterval: DefaultPollInterval,
		tailInterval: DefaultTailInterval,
		clock:        systemClock{},
		jitter:       rand.Float64,
	}
}

// clone copies c deeply enough that options applied to the copy never reach c.
func (c config) clone() config {
	c.header = c.header.Clone()
	if c.header == nil {
		c.header = http.Header{}
	}
	query := url.Values{}
	for k, v := range c.query {
		query[k] = append([]string(nil), v...)
	}
	c.query = query
	hosts := make(map[string]string, len(c.hostURLs))
	for k, v := range c.hostURLs {
		hosts[k] = v
	}
	c.hostURLs = hosts
	c.errs = append([]string(nil), c.errs...)
	return c
}

func (c *config) apply(opts []RequestOption) *InvalidArgumentError {
	for _, opt := range opts {
		if opt != nil {
			opt(c)
		}
	}
	if len(c.errs) > 0 {
		return &InvalidArgumentError{Message: strings.Join(c.errs, "; ")}
	}
	return nil
}

func (c *config) fail(format string, args ...any) {
	c.errs = append(c.errs, fmt.Sprintf(format, args...))
}

func doNotFollow(*http.Request, []*http.Request) error {
	return http.ErrUseLastResponse
}

// WithBaseURL sets the server the client talks to, such as
// "http://127.0.0.1:8080". The default is the first server of the API
// description.
func WithBaseURL(baseURL string) RequestOption {
	return func(c *config) {
		u, err := url.Parse(baseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			c.fail("WithBaseURL: %q is not an absolute http(s) URL", baseURL)
			return
		}
		c.baseURL = strings.TrimRight(baseURL, "/")
	}
}

// WithHostBaseURL sets the server of the operations the API description
// sends to the named host (Info.Hosts), such as "agent". The generated
// package offers one typed option per host (WithAgentBaseURL, ...).
func WithHostBaseURL(host, baseURL string) RequestOption {
	return func(c *config) {
		if _, ok := c.hostURLs[host]; !ok {
			known := slices.Sorted(maps.Keys(c.hostURLs))
			c.fail("WithHostBaseURL: the API has no host %q (it has: %s)", host, strings.Join(known, ", "))
			return
		}
		u, err := url.Parse(baseURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			c.fail("the base URL of host %s: %q is not an absolute http(s) URL", host, baseURL)
			return
		}
		c.hostURLs[host] = strings.TrimRight(baseURL, "/")
	}
}

// WithSigningKey sets the key id and secret of the request signatures the API
// description declares (x-sdkgen-signature): each attempt of an operation that
// accepts such a scheme is signed. Both are given, or both are empty (no
// signing key, whatever the environment says); one without the other is
// refused. The secret never appears in debug output.
func WithSigningKey(keyID, secret string) RequestOption {
	return func(c *config) {
		if (keyID == "") != (secret == "") {
			c.fail("WithSigningKey: give both the key id and the secret, or neither")
			return
		}
		c.signingKeyID, c.signingSecret, c.signingSet = keyID, secret, true
	}
}

// WithToken sends "Authorization: Bearer <token>" (a user JWT or an API token)
// to the operations that accept a bearer token (HTTP bearer, or OAuth2 and
// OpenID Connect without client credentials); to every operation when the API
// declares no security schemes. An empty token sends none: the way to build
// a client without credentials on purpose when every operation needs one.
func WithToken(token string) RequestOption {
	return func(c *config) {
		c.token, c.tokenSet = token, true
	}
}

// WithBasicAuth sends "Authorization: Basic ..." with username and password
// to the operations that accept HTTP basic authentication.
func WithBasicAuth(username, password string) RequestOption {
	return func(c *config) {
		c.username, c.password, c.hasBasic = username, password, true
	}
}

// WithAPIKey sends key to the operations that accept an API key, where each
// of their schemes says: a header, a query parameter or a cookie.
func WithAPIKey(key string) RequestOption {
	return func(c *config) {
		c.apiKey, c.hasAPIKey = key, true
	}
}

// WithClientCredentials gets OAuth2 tokens with the client-credentials grant
// for the operations that accept OAuth2: the client authenticates to the
// token endpoint with HTTP basic, asks for scopes (when given), and sends the
// token it gets as a bearer token. A token is reused until its expires_in
// (less TokenRefreshMargin) has passed, and fetched again once when the API
// answers 401. Clients made from one option value share its tokens.
func WithClientCredentials(clientID, clientSecret string, scopes ...string) RequestOption {
	shared := newClientCredentials(clientID, clientSecret, append([]string(nil), scopes...))
	return func(c *config) {
		if clientID == "" {
			c.fail("WithClientCredentials: empty client id")
			return
		}
		c.clientCredentials = shared
	}
}

// WithTokenURL replaces the token endpoint of the API description's OAuth2
// schemes (a relative URL is read against the base URL).
func WithTokenURL(tokenURL string) RequestOption {
	return func(c *config) {
		if _, err := url.Parse(tokenURL); err != nil || tokenURL == "" {
			c.fail("WithTokenURL: %q is not a URL", tokenURL)
			return
		}
		c.tokenURL = tokenURL
	}
}

// WithTenantID sends the X-Tenant-ID header. An empty id sends none.
func WithTenantID(tenantID string) RequestOption {
	return func(c *config) {
		c.tenantID = tenantID
	}
}

// WithHeader sets a header on every request it applies to; it wins over the
// headers the SDK sets itself.
func WithHeader(name, value string) RequestOption {
	return func(c *config) {
		if name == "" {
			c.fail("WithHeader: empty header name")
			return
		}
		c.header.Set(name, value)
	}
}

// WithQuery adds a query parameter to every request it applies to.
func WithQuery(name, value string) RequestOption {
	return func(c *config) {
		c.query.Add(name, value)
	}
}

// WithHTTPClient replaces the HTTP client (for a proxy, TLS settings, a
// custom transport). An *http.Client is copied and set never to follow
// redirects, because a 3xx is a result of its own; any other HTTPDoer must not
// follow them either.
func WithHTTPClient(doer HTTPDoer) RequestOption {
	return func(c *config) {
		if doer == nil {
			c.fail("WithHTTPClient: nil client")
			return
		}
		if hc, ok := doer.(*http.Client); ok {
			copied := *hc
			copied.CheckRedirect = doNotFollow
			doer = &copied
		}
		c.httpClient = doer
	}
}

// WithMaxRetries sets how many times a failed attempt is retried (0 turns
// retries off). The default is DefaultMaxRetries.
func WithMaxRetries(n int) RequestOption {
	return func(c *config) {
		if n < 0 {
			c.fail("WithMaxRetries: %d is negative", n)
			return
		}
		c.maxRetries = n
	}
}

// WithTimeout bounds each attempt of a request, from sending it to reading the
// whole response (0: no limit). The default is DefaultTimeout. The context of
// the call bounds the call as a whole, retries included.
func WithTimeout(d time.Duration) RequestOption {
	return func(c *config) {
		if d < 0 {
			c.fail("WithTimeout: %s is negative", d)
			return
		}
		c.timeout = d
	}
}

// WithSigner signs every attempt of every request it applies to.
func WithSigner(signer Signer) RequestOption {
	return func(c *config) {
		c.signer = signer
	}
}

// WithLogger logs each attempt and each response at debug level, with
// Authorization and other secret headers redacted.
func WithLogger(logger *slog.Logger) RequestOption {
	return func(c *config) {
		c.logger = logger
	}
}

// WithRequestHook calls hook with a copy of each attempt before it is sent,
// secret headers redacted. The hook must not keep the request.
func WithRequestHook(hook func(*http.Request)) RequestOption {
	return func(c *config) {
		c.onRequest = hook
	}
}

// WithResponseHook calls hook with a copy of each response, secret headers
// redacted; its Body holds the whole body (nothing for an event stream, which
// is read as it arrives).
func WithResponseHook(hook func(*http.Response)) RequestOption {
	return func(c *config) {
		c.onResponse = hook
	}
}

// WithIdempotencyKey sends this Idempotency-Key instead of one the SDK
// generates. Meant for a single call.
func WithIdempotencyKey(key string) RequestOption {
	return func(c *config) {
		c.idempotencyKey = key
	}
}

// WithResponseInto stores the raw response of the call (status, headers, body)
// in *dst, for errors too. Meant for a single call.
func WithResponseInto(dst **RawResponse) RequestOption {
	return func(c *config) {
		c.responseInto = dst
	}
}

// WithHTTPResponseInto stores the *http.Response of the call in *dst (for
// errors too; the last attempt's), its body readable again. It goes after the
// params of any method, the friendly ones included, for that call's raw
// status, headers and body beside its typed result.
func WithHTTPResponseInto(dst **http.Response) RequestOption {
	return func(c *config) {
		c.httpResponseInto = dst
	}
}

// WithWaitTimeout sets how long a waiter polls before it gives up with a
// *WaiterTimeoutError. The default is DefaultWaitTimeout.
func WithWaitTimeout(d time.Duration) RequestOption {
	return func(c *config) {
		if d < 0 {
			c.fail("WithWaitTimeout: %s is negative", d)
			return
		}
		c.waitTimeout = d
	}
}

// WithPollInterval sets the pause between two polls of a waiter (default
// DefaultPollInterval) and of the log tail (default DefaultTailInterval).
func WithPollInterval(d time.Duration) RequestOption {
	return func(c *config) {
		if d < 0 {
			c.fail("WithPollInterval: %s is negative", d)
			return
		}
		c.pollInterval = d
		c.tailInterval = d
	}
}

// WithMaxPolls stops the log tail after n requests (0: follow until the
// context is done or the loop stops), and a waiter after n polls (with a
// *WaiterTimeoutError; 0: until its timeout).
func WithMaxPolls(n int) RequestOption {
	return func(c *config) {
		if n < 0 {
			c.fail("WithMaxPolls: %d is negative", n)
			return
		}
		c.maxPolls = n
	}
}

// WithClock replaces the clock used for backoff, Retry-After dates, waiters
// and the log tail (for tests).
func WithClock(clock Clock) RequestOption {
	return func(c *config) {
		if clock == nil {
			c.fail("WithClock: nil clock")
			return
		}
		c.clock = clock
	}
}

// WithJitter replaces the random source of the backoff: a function returning
// a number in [0, 1] (for tests; 1 gives the full backoff).
func WithJitter(jitter func() float64) RequestOption {
	return func(c *config) {
		if jitter == nil {
			c.fail("WithJitter: nil function")
			return
		}
		c.jitter = jitter
	}
}
