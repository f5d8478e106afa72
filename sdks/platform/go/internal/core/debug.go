package core

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
)

// secrets are what debug output of one request must not show besides the
// headers every request redacts: the API keys of its security schemes.
type secrets struct {
	headers []string // header names
	query   []string // query parameter names
}

// redactHeader copies h with the values of secret headers replaced.
func redactHeader(h http.Header, extra []string) http.Header {
	out := h.Clone()
	if out == nil {
		return http.Header{}
	}
	for name := range out {
		canonical := http.CanonicalHeaderKey(name)
		if redactedHeaders[canonical] || slices.ContainsFunc(extra, func(e string) bool {
			return http.CanonicalHeaderKey(e) == canonical
		}) {
			out[name] = []string{Redacted}
		}
	}
	return out
}

// redactURL is raw with the values of the named query parameters replaced.
func redactURL(raw string, names []string) string {
	if len(names) == 0 {
		return raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	pairs := strings.Split(u.RawQuery, "&")
	for i, pair := range pairs {
		key, _, _ := strings.Cut(pair, "=")
		if name, err := url.QueryUnescape(key); err == nil && slices.Contains(names, name) {
			pairs[i] = key + "=" + url.QueryEscape(Redacted)
		}
	}
	u.RawQuery = strings.Join(pairs, "&")
	return u.String()
}

func (c *config) showRequest(req *http.Request, body []byte, attempt int, hidden secrets) {
	logging := c.logger != nil && c.logger.Enabled(req.Context(), slog.LevelDebug)
	if !logging && c.onRequest == nil {
		return
	}
	shownURL := redactURL(req.URL.String(), hidden.query)
	if logging {
		c.logger.LogAttrs(req.Context(), slog.LevelDebug, "request",
			slog.String("method", req.Method),
			slog.String("url", shownURL),
			slog.Int("attempt", attempt),
			slog.Any("header", redactHeader(req.Header, hidden.headers)))
	}
	if c.onRequest != nil {
		c.onRequest(redactedRequest(req, body, shownURL, hidden))
	}
}

// redactedRequest is a copy of req for a hook: secrets redacted, the body readable.
func redactedRequest(req *http.Request, body []byte, shownURL string, hidden secrets) *http.Request {
	copied := req.Clone(context.WithoutCancel(req.Context()))
	copied.Header = redactHeader(req.Header, hidden.headers)
	if u, err := url.Parse(shownURL); err == nil {
		copied.URL = u
	}
	copied.Body = io.NopCloser(bytes.NewReader(body))
	return copied
}

func (c *config) showResponse(req *http.Request, resp *http.Response, body []byte, elapsed time.Duration, hidden secrets) {
	if c.logger != nil && c.logger.Enabled(req.Context(), slog.LevelDebug) {
		c.logger.LogAttrs(req.Context(), slog.LevelDebug, "response",
			slog.String("method", req.Method),
			slog.String("url", redactURL(req.URL.String(), hidden.query)),
			slog.Int("status", resp.StatusCode),
			slog.Duration("elapsed", elapsed),
			slog.Any("header", redactHeader(resp.Header, hidden.headers)))
	}
	if c.onResponse != nil {
		copied := *resp
		copied.Header = redactHeader(resp.Header, hidden.headers)
		copied.Body = io.NopCloser(bytes.NewReader(body))
		request := redactedRequest(req, nil, redactURL(req.URL.String(), hidden.query), hidden)
		request.Body = nil
		copied.Request = request
		c.onResponse(&copied)
	}
}
