package core

import (
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// isRetryable reports whether a request may be sent again: an idempotent
// method, or any method carrying an Idempotency-Key.
func isRetryable(method string, header http.Header) bool {
	return idempotentMethods[strings.ToUpper(method)] || header.Get(IdempotencyHeader) != ""
}

// backoff is the wait before retry number retry (0-based): full jitter over
// min(MaxRetryDelay, InitialRetryDelay * 2^retry).
func backoff(retry int, jitter func() float64) time.Duration {
	ceiling := float64(InitialRetryDelay) * math.Pow(2, float64(min(retry, 32)))
	ceiling = math.Min(ceiling, float64(MaxRetryDelay))
	j := math.Max(0, math.Min(1, jitter()))
	return time.Duration(j * ceiling)
}

// retryAfter reads Retry-After-Ms, or Retry-After as seconds or an HTTP date.
func retryAfter(header http.Header, now time.Time) (time.Duration, bool) {
	if ms := strings.TrimSpace(header.Get("Retry-After-Ms")); ms != "" {
		if v, err := strconv.ParseFloat(ms, 64); err == nil && !math.IsNaN(v) && !math.IsInf(v, 0) {
			return max(0, time.Duration(v*float64(time.Millisecond))), true
		}
	}
	value := strings.TrimSpace(header.Get("Retry-After"))
	if value == "" {
		return 0, false
	}
	if v, err := strconv.ParseFloat(value, 64); err == nil && !math.IsNaN(v) && !math.IsInf(v, 0) {
		return max(0, time.Duration(v*float64(time.Second))), true
	}
	if when, err := http.ParseTime(value); err == nil {
		return max(0, when.Sub(now)), true
	}
	return 0, false
}

// retryDelay waits what the server asked (capped at MaxRetryAfter), else backs off.
func retryDelay(retry int, after Optional[time.Duration], jitter func() float64) time.Duration {
	if d, ok := after.Get(); ok {
		return min(d, MaxRetryAfter)
	}
	return backoff(retry, jitter)
}
