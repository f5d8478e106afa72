package core

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// The errors of the SDK. Every status error is an *APIError underneath, and
// errors.As finds each level of its family:
//
//	*APIError                     any non-2xx, non-3xx response
//	├── *ClientError              any 4xx (the catch-all of its class)
//	│   ├── *BadRequestError            400
//	│   ├── *AuthenticationError        401
//	│   ├── *PermissionDeniedError      403
//	│   ├── *NotFoundError              404
//	│   ├── *ConflictError              409
//	│   ├── *PreconditionFailedError    412
//	│   ├── *UnprocessableEntityError   422
//	│   ├── *PreconditionRequiredError  428
//	│   └── *RateLimitError             429
//	└── *ServerError              any 5xx (the catch-all of its class)
//	    └── *InternalServerError        500
//
//	*ConnectionError              no response arrived (after the retries)
//	└── *TimeoutError             an attempt or the call's context timed out
//	*InvalidArgumentError         refused before anything was sent
//	*ResponseDecodeError          a 2xx whose body is not what it says
//	*WaiterTimeoutError           a waiter ran out of time

// APIError is a response with an error status. Code, Message and RetryAfter
// come from the error body ({"statusCode", "code", "message", "retryAfter"});
// RetryAfter falls back to the Retry-After header.
type APIError struct {
	StatusCode int
	Code       string
	Message    string
	RetryAfter Optional[time.Duration]
	Body       any // the decoded JSON body, else its text; nil when empty
	// Declared is the body decoded into the type the operation declares for
	// this status (or its class, or default): a pointer to it. nil when none
	// is declared or the body does not decode into it. Read it typed with
	// ErrorBodyAs.
	Declared    any
	RawBody     []byte
	Header      http.Header
	OperationID string
	Method      string
	URL         string
}

// Error says what failed: operation, method, path, status, code and message.
func (e *APIError) Error() string {
	var b strings.Builder
	if e.OperationID != "" {
		b.WriteString(e.OperationID + ": ")
	}
	if e.Method != "" || e.URL != "" {
		b.WriteString(strings.TrimSpace(e.Method+" "+pathOf(e.URL)) + " returned ")
	}
	fmt.Fprintf(&b, "%d", e.StatusCode)
	if e.Code != "" {
		b.WriteString(" " + e.Code)
	}
	if e.Message != "" {
		b.WriteString(": " + e.Message)
	}
	if d, ok := e.RetryAfter.Get(); ok {
		fmt.Fprintf(&b, " (retry after %s)", d)
	}
	if id := e.RequestID(); id != "" {
		fmt.Fprintf(&b, " [request id %s]", id)
	}
	return b.String()
}

// ErrorBodyAs returns the declared error body of err (an *APIError, or an
// error wrapping one) as T, the pointer type the operation declares for the
// status (for example *Error); false when err has no such body.
func ErrorBodyAs[T any](err error) (T, bool) {
	var zero T
	var apiErr *APIError
	if !errors.As(err, &apiErr) || apiErr.Declared == nil {
		return zero, false
	}
	body, ok := apiErr.Declared.(T)
	return body, ok
}

// RequestID is the X-Request-Id header of the response, if any.
func (e *APIError) RequestID() string {
	return e.Header.Get("X-Request-Id")
}

// ClientError is a 4xx response; it is returned as is for 4xx statuses
// without a type of their own.
type ClientError struct{ *APIError }

// Unwrap gives the *APIError.
func (e *ClientError) Unwrap() error { return e.APIError }

// ServerError is a 5xx response; it is returned as is for 5xx statuses
// without a type of their own.
type ServerError struct{ *APIError }

// Unwrap gives the *APIError.
func (e *ServerError) Unwrap() error { return e.APIError }

// BadRequestError is a 400 response.
type BadRequestError struct{ *ClientError }

// Unwrap gives the *ClientError.
func (e *BadRequestError) Unwrap() error { return e.ClientError }

// AuthenticationError is a 401 response.
type AuthenticationError struct{ *ClientError }

// Unwrap gives the *ClientError.
func (e *AuthenticationError) Unwrap() error { return e.ClientError }

// PermissionDeniedError is a 403 response.
type PermissionDeniedError struct{ *ClientError }

// Unwrap gives the *ClientError.
func (e *PermissionDeniedError) Unwrap() error { return e.ClientError }

// NotFoundError is a 404 response.
type NotFoundError struct{ *ClientError }

// Unwrap gives the *ClientError.
func (e *NotFoundError) Unwrap() error { return e.ClientError }

// ConflictError is a 409 response.
type ConflictError struct{ *ClientError }

// Unwrap gives the *ClientError.
func (e *ConflictError) Unwrap() error { return e.ClientError }

// PreconditionFailedError is a 412 response.
type PreconditionFailedError struct{ *ClientError }

// Unwrap gives the *ClientError.
func (e *PreconditionFailedError) Unwrap() error { return e.ClientError }

// UnprocessableEntityError is a 422 response.
type UnprocessableEntityError struct{ *ClientError }

// Unwrap gives the *ClientError.
func (e *UnprocessableEntityError) Unwrap() error { return e.ClientError }

// PreconditionRequiredError is a 428 response.
type PreconditionRequiredError struct{ *ClientError }

// Unwrap gives the *ClientError.
func (e *PreconditionRequiredError) Unwrap() error { return e.ClientError }

// RateLimitError is a 429 response.
type RateLimitError struct{ *ClientError }

// Unwrap gives the *ClientError.
func (e *RateLimitError) Unwrap() error { return e.ClientError }

// InternalServerError is a 500 response.
type InternalServerError struct{ *ServerError }

// Unwrap gives the *ServerError.
func (e *InternalServerError) Unwrap() error { return e.ServerError }

// statusError wraps base in the type of its status: the one status-to-type map.
func statusError(base *APIError) error {
	status := base.StatusCode
	switch {
	case status >= 400 && status < 500:
		ce := &ClientError{base}
		switch status {
		case 400:
			return &BadRequestError{ce}
		case 401:
			return &AuthenticationError{ce}
		case 403:
			return &PermissionDeniedError{ce}
		case 404:
			return &NotFoundError{ce}
		case 409:
			return &ConflictError{ce}
		case 412:
			return &PreconditionFailedError{ce}
		case 422:
			return &UnprocessableEntityError{ce}
		case 428:
			return &PreconditionRequiredError{ce}
		case 429:
			return &RateLimitError{ce}
		}
		return ce
	case status >= 500 && status < 600:
		se := &ServerError{base}
		if status == 500 {
			return &InternalServerError{se}
		}
		return se
	}
	return base
}

// ConnectionError means no response arrived: the connection failed or broke,
// or the call's context was cancelled. Err is the cause (errors.Is sees
// context.Canceled through it).
type ConnectionError struct {
	OperationID string
	Method      string
	URL         string
	Attempts    int
	Err         error
}

func (e *ConnectionError) describe(what string) string {
	var b strings.Builder
	if e.OperationID != "" {
		b.WriteString(e.OperationID + ": ")
	}
	if e.Method != "" || e.URL != "" {
		b.WriteString(strings.TrimSpace(e.Method+" "+pathOf(e.URL)) + ": ")
	}
	b.WriteString(what)
	if e.Attempts > 1 {
		fmt.Fprintf(&b, " (after %d attempts)", e.Attempts)
	}
	if e.Err != nil {
		b.WriteString(": " + e.Err.Error())
	}
	return b.String()
}

// Error says which call failed and why.
func (e *ConnectionError) Error() string {
	return e.describe("connection failed")
}

// Unwrap gives the cause.
func (e *ConnectionError) Unwrap() error { return e.Err }

// TimeoutError is a ConnectionError caused by a timeout: of one attempt
// (WithTimeout) or of the call's context (errors.Is sees
// context.DeadlineExceeded then).
type TimeoutError struct{ *ConnectionError }

// Error says which call timed out.
func (e *TimeoutError) Error() string {
	return e.describe("request timed out")
}

// Unwrap gives the *ConnectionError.
func (e *TimeoutError) Unwrap() error { return e.ConnectionError }

// Timeout reports true, as net.Error does for timeouts.
func (e *TimeoutError) Timeout() bool { return true }

// InvalidArgumentError is an argument refused before anything was sent, such
// as a missing path parameter or an unknown operationId.
type InvalidArgumentError struct {
	OperationID string
	Message     string
}

// Error names the operation and what is wrong.
func (e *InvalidArgumentError) Error() string {
	if e.OperationID != "" {
		return e.OperationID + ": invalid argument: " + e.Message
	}
	return "invalid argument: " + e.Message
}

func invalidArgument(op *Operation, format string, args ...any) *InvalidArgumentError {
	id := ""
	if op != nil {
		id = op.ID
	}
	return &InvalidArgumentError{OperationID: id, Message: fmt.Sprintf(format, args...)}
}

// ResponseDecodeError is a 2xx or 3xx response the SDK could not read as its
// declared type (for example invalid JSON). Body is the body as it came.
type ResponseDecodeError struct {
	OperationID string
	StatusCode  int
	Body        []byte
	Err         error
}

// Error names the operation, the status and the cause.
func (e *ResponseDecodeError) Error() string {
	return fmt.Sprintf("%s: cannot read the %d response: %v", e.OperationID, e.StatusCode, e.Err)
}

// Unwrap gives the cause.
func (e *ResponseDecodeError) Unwrap() error { return e.Err }

// Why a waiter gave up (WaiterTimeoutError.Reason).
const (
	WaiterTimedOut = "timeout"   // its timeout passed
	WaiterMaxPolls = "max polls" // it made WithMaxPolls (WaitOptions.MaxPolls) polls
	WaiterStopped  = "stopped"   // its stop callback said so
)

// WaiterTimeoutError is a waiter that gave up before Field reached one of
// the Terminal values: Reason says why (WaiterTimedOut, WaiterMaxPolls or
// WaiterStopped). Last is the last result it read, Polls how many it made.
type WaiterTimeoutError struct {
	OperationID string
	Field       string
	Value       string
	Terminal    []string
	Timeout     time.Duration
	Last        any
	Reason      string
	Polls       int
}

// Error names the operation, the field, its last value, what was awaited and
// why the waiter gave up.
func (e *WaiterTimeoutError) Error() string {
	why := fmt.Sprintf("after %s", e.Timeout)
	switch e.Reason {
	case WaiterMaxPolls:
		why = fmt.Sprintf("after %d polls", e.Polls)
	case WaiterStopped:
		why = fmt.Sprintf("when the stop callback ended the wait after %d polls", e.Polls)
	}
	return fmt.Sprintf("%s: %s is still %q %s (waiting for %s)",
		e.OperationID, e.Field, e.Value, why, strings.Join(e.Terminal, ", "))
}

// pathOf shortens a URL to its path and query for messages.
func pathOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	if u.RawQuery != "" {
		return u.EscapedPath() + "?" + u.RawQuery
	}
	return u.EscapedPath()
}
