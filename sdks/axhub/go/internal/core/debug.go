package core

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"time"
)

// redactHeader copies h with the values of secret headers replaced.
func redactHeader(h http.Header) http.Header {
	out := h.Clone()
	if out == nil {
		return http.Header{}
	}
	for name := range out {
		if redactedHeaders[http.CanonicalHeaderKey(name)] {
			out[name] = []string{Redacted}
		}
	}
	return out
}

func (c *config) showRequest(req *http.Request, body []byte, attempt int) {
	if c.logger != nil && c.logger.Enabled(req.Context(), slog.LevelDebug) {
		c.logger.LogAttrs(req.Context(), slog.LevelDebug, "request",
			slog.String("method", req.Method),
			slog.String("url", req.URL.String()),
			slog.Int("attempt", attempt),
			slog.Any("header", redactHeader(req.Header)))
	}
	if c.onRequest != nil {
		copied := req.Clone(context.WithoutCancel(req.Context()))
		copied.Header = redactHeader(req.Header)
		copied.Body = io.NopCloser(bytes.NewReader(body))
		c.onRequest(copied)
	}
}

func (c *config) showResponse(req *http.Request, resp *http.Response, body []byte, elapsed time.Duration) {
	if c.logger != nil && c.logger.Enabled(req.Context(), slog.LevelDebug) {
		c.logger.LogAttrs(req.Context(), slog.LevelDebug, "response",
			slog.String("method", req.Method),
			slog.String("url", req.URL.String()),
			slog.Int("status", resp.StatusCode),
			slog.Duration("elapsed", elapsed),
			slog.Any("header", redactHeader(resp.Header)))
	}
	if c.onResponse != nil {
		copied := *resp
		copied.Header = redactHeader(resp.Header)
		copied.Body = io.NopCloser(bytes.NewReader(body))
		request := req.Clone(context.WithoutCancel(req.Context()))
		request.Header = redactHeader(req.Header)
		request.Body = nil
		copied.Request = request
		c.onResponse(&copied)
	}
}
