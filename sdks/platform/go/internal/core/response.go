package core

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"reflect"
	"strings"
	"sync"
	"time"
)

// RawResponse is the response of one call as it came: status, headers and
// body. Get it with WithResponseInto.
type RawResponse struct {
	StatusCode  int
	Header      http.Header
	Body        []byte
	Method      string
	URL         string // API keys in the query are redacted
	OperationID string
	// HTTPResponse is the *http.Response as the transport gave it; its Body
	// reads the bytes of Body again (an event stream's: the stream itself,
	// which the SDK reads).
	HTTPResponse *http.Response
	stream       io.ReadCloser // the unread body of an event stream
	sent         string        // the URL requested, API keys included (a next page's URL is relative to it)
}

// RequestID is the X-Request-Id header of the response, if any.
func (r *RawResponse) RequestID() string {
	return r.Header.Get("X-Request-Id")
}

// JSON decodes the body into v.
func (r *RawResponse) JSON(v any) error {
	return json.Unmarshal(r.Body, v)
}

// EmptyResult is the result of a response without a body (204, or any 2xx
// with nothing in it): an empty map.
type EmptyResult map[string]any

// Redirect is the result of a 3xx response, which is never followed.
type Redirect struct {
	StatusCode int    `json:"status"`
	Location   string `json:"location"`
}

// errorDetails reads an error body shaped {"statusCode", "code", "message",
// "retryAfter"} (also {"error": {...}} and {"error": "..."}), tolerating
// anything else.
func errorDetails(body []byte) (decoded any, code, message string, after Optional[time.Duration]) {
	text := strings.TrimSpace(string(body))
	if text == "" {
		return nil, "", "", after
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(&decoded); err != nil {
		decoded = string(body)
		if len(text) <= 500 {
			message = text
		}
		return decoded, "", message, after
	}
	fields, _ := decoded.(map[string]any)
	if nested, ok := fields["error"].(map[string]any); ok {
		fields = nested
	}
	if v, ok := fields["code"]; ok && v != nil {
		code = fmt.Sprint(v)
	}
	if v, ok := fields["message"]; ok && v != nil {
		message = fmt.Sprint(v)
	} else if v, ok := fields["error"].(string); ok {
		message = v
	}
	if n, ok := fields["retryAfter"].(json.Number); ok {
		if seconds, err := n.Float64(); err == nil && seconds >= 0 && !math.IsInf(seconds, 0) {
			after = Some(time.Duration(seconds * float64(time.Second)))
		}
	}
	return decoded, code, message, after
}

// retryAfter is the Retry-After header, else the retryAfter of the error body.
func (r *RawResponse) retryAfter(now time.Time) Optional[time.Duration] {
	if d, ok := retryAfter(r.Header, now); ok {
		return Some(d)
	}
	_, _, _, after := errorDetails(r.Body)
	return after
}

// statusError is the error for a response with an error status.
func (r *RawResponse) statusError(now time.Time, op *Operation) error {
	decoded, code, message, _ := errorDetails(r.Body)
	var declared any
	if spec, ok := op.errorResponse(r.StatusCode); ok && spec.New != nil && spec.Kind == ResponseJSON && decoded != nil {
		if v := spec.New(); json.Unmarshal(r.Body, v) == nil {
			declared = v
		}
	}
	if message == "" {
		message = http.StatusText(r.StatusCode)
	}
	return statusError(&APIError{
		StatusCode:  r.StatusCode,
		Code:        code,
		Message:     message,
		RetryAfter:  r.retryAfter(now),
		Body:        decoded,
		Declared:    declared,
		RawBody:     r.Body,
		Header:      r.Header,
		OperationID: r.OperationID,
		Method:      r.Method,
		URL:         r.URL,
	})
}

func (r *RawResponse) decodeError(err error) error {
	return &ResponseDecodeError{OperationID: r.OperationID, StatusCode: r.StatusCode, Body: r.Body, Err: err}
}

// decodeResult turns a 2xx or 3xx response into T: the declared type, an
// EmptyResult for no body, a *Redirect for a 3xx.
func decodeResult[T any](op *Operation, raw *RawResponse) (T, error) {
	var zero T
	if raw.StatusCode >= 300 {
		redirect := &Redirect{StatusCode: raw.StatusCode, Location: raw.Header.Get("Location")}
		if v, ok := any(redirect).(T); ok {
			return v, nil
		}
		return zero, raw.decodeError(fmt.Errorf("unexpected redirect to %q", redirect.Location))
	}
	if raw.StatusCode == http.StatusNoContent || len(bytes.TrimSpace(raw.Body)) == 0 {
		return emptyResult[T](), nil
	}
	spec, declared := op.response(raw.StatusCode)
	kind := spec.Kind
	if !declared || kind == ResponseEmpty {
		kind = kindFromContentType(raw.Header.Get("Content-Type"))
	}
	switch kind {
	case ResponseText:
		if v, ok := any(string(raw.Body)).(T); ok {
			return v, nil
		}
	case ResponseBinary:
		if v, ok := any(raw.Body).(T); ok {
			return v, nil
		}
	}
	if _, ok := any(EmptyResult{}).(T); ok && !isInterface[T]() {
		// A body where the API declares none: kept when it is an object.
		result := EmptyResult{}
		_ = json.Unmarshal(raw.Body, &result)
		return any(result).(T), nil
	}
	if isInterface[T]() {
		if declared && spec.New != nil && kind == ResponseJSON {
			v := spec.New()
			if err := json.Unmarshal(raw.Body, v); err != nil {
				return zero, raw.decodeError(err)
			}
			return v.(T), nil
		}
		if kind == ResponseText {
			return any(string(raw.Body)).(T), nil
		}
		if kind == ResponseBinary {
			return any(raw.Body).(T), nil
		}
	}
	if out, ok := decodeModel[T](raw.Body); ok {
		return out, nil
	}
	var out T
	if err := json.Unmarshal(raw.Body, &out); err != nil {
		return zero, raw.decodeError(err)
	}
	return out, nil
}

var (
	rawMessageMap = reflect.TypeFor[map[string]json.RawMessage]()
	modelTypes    sync.Map // reflect.Type -> bool
)

// isModel reports whether t is a generated model: a struct with ExtraFields.
func isModel(t reflect.Type) bool {
	if known, ok := modelTypes.Load(t); ok {
		return known.(bool)
	}
	f, ok := t.FieldByName("ExtraFields")
	model := ok && f.Type == rawMessageMap && f.Tag.Get("json") == "-" && reflect.PointerTo(t).Implements(unmarshalerType)
	modelTypes.Store(t, model)
	return model
}

var unmarshalerType = reflect.TypeFor[json.Unmarshaler]()

// decodeModel decodes a JSON object into a new generated model, T being a
// pointer to it, by the model's UnmarshalJSON alone: json.Unmarshal would
// first check the whole body and skip over it, then hand the same bytes to
// the same method. A model's UnmarshalJSON (DecodeModel, DecodeObject)
// succeeds only on data that encoding/json found valid, so a success is what
// json.Unmarshal gives; on a failure (false) the caller decodes with
// json.Unmarshal for its result and error.
func decodeModel[T any](body []byte) (T, bool) {
	var zero T
	t := reflect.TypeFor[T]()
	if t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct || !isModel(t.Elem()) {
		return zero, false
	}
	start, end := 0, len(body)
	for start < end && isJSONSpace(body[start]) {
		start++
	}
	for end > start && isJSONSpace(body[end-1]) {
		end--
	}
	if start == end || body[start] != '{' {
		return zero, false
	}
	v := reflect.New(t.Elem()).Interface()
	if v.(json.Unmarshaler).UnmarshalJSON(body[start:end]) != nil {
		return zero, false
	}
	return v.(T), true
}

func isJSONSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n'
}

func isInterface[T any]() bool {
	return reflect.TypeFor[T]().Kind() == reflect.Interface
}

// emptyResult is what a response without a body gives as T: an EmptyResult
// where T can hold one, a pointer to a zero value for pointer types, a zero
// value otherwise.
func emptyResult[T any]() T {
	if v, ok := any(EmptyResult{}).(T); ok {
		return v
	}
	var zero T
	t := reflect.TypeFor[T]()
	switch t.Kind() {
	case reflect.Pointer:
		return reflect.New(t.Elem()).Interface().(T)
	case reflect.Map:
		return reflect.MakeMap(t).Interface().(T)
	}
	return zero
}

func kindFromContentType(contentType string) ResponseKind {
	media := mediaType(contentType)
	switch {
	case media == "" || isJSONMedia(media):
		return ResponseJSON
	case strings.HasPrefix(media, "text/"):
		return ResponseText
	}
	return ResponseBinary
}
