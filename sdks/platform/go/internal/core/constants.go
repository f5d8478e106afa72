package core

import "time"

// Every default of the transport and the helpers, in one place.
const (
	// DefaultTimeout bounds one attempt of a request (connect, send, read the whole body).
	DefaultTimeout = 60 * time.Second

	// DefaultMaxRetries is the number of retries after the first attempt.
	DefaultMaxRetries = 2

	// InitialRetryDelay and MaxRetryDelay shape the backoff before retry n (0-based):
	// a uniformly random duration in [0, min(MaxRetryDelay, InitialRetryDelay*2^n)).
	InitialRetryDelay = 500 * time.Millisecond
	MaxRetryDelay     = 8 * time.Second

	// MaxRetryAfter caps how long a Retry-After (header or error body) is honoured.
	MaxRetryAfter = 60 * time.Second

	// DefaultWaitTimeout and DefaultPollInterval are the defaults of the waiters.
	DefaultWaitTimeout  = 10 * time.Minute
	DefaultPollInterval = 2 * time.Second

	// DefaultTailInterval is how long the log tail waits between polls that found nothing new.
	DefaultTailInterval = 2 * time.Second

	// IdempotencyHeader carries the key that makes a retried POST safe.
	IdempotencyHeader = "Idempotency-Key"

	// TenantHeader names the tenant a call acts for.
	TenantHeader = "X-Tenant-ID"

	// Redacted replaces the value of a secret header in logs and debug hooks.
	Redacted = "[REDACTED]"
)

// retryableStatuses are retried when the request may be repeated safely.
var retryableStatuses = map[int]bool{408: true, 429: true, 500: true, 502: true, 503: true, 504: true}

// idempotentMethods may be repeated without an Idempotency-Key.
var idempotentMethods = map[string]bool{"GET": true, "HEAD": true, "OPTIONS": true, "TRACE": true, "PUT": true, "DELETE": true}

// autoIdempotencyMethods get an Idempotency-Key from the client when retries are on.
var autoIdempotencyMethods = map[string]bool{"POST": true}

// redactedHeaders never reach a logger or a debug hook with their values (canonical form).
var redactedHeaders = map[string]bool{
	"Authorization":       true,
	"Proxy-Authorization": true,
	"Cookie":              true,
	"Set-Cookie":          true,
	"X-Signature":         true,
	"X-Api-Key":           true,
	"X-Auth-Token":        true,
}
