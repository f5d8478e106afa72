package core

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestTypedJSONResult(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"id":"x","status":"running","completed_at":null,"extra":1}`})
	c := newTestClient(t, s, newFakeClock())
	m, err := Call[*testModel](context.Background(), c, opGet, thing, nil)
	if err != nil {
		t.Fatal(err)
	}
	if m.ID != "x" || m.Status != testStatusRunning || !m.CompletedAt.IsNull() || string(m.ExtraFields["extra"]) != "1" {
		t.Fatalf("got %+v", m)
	}
}

func TestNoContentAndEmptyBodiesGiveAnEmptyResult(t *testing.T) {
	s := newServer(t, reply{status: 204}, reply{status: 202}, reply{status: 200})
	c := newTestClient(t, s, newFakeClock())
	for range 2 {
		result, err := Call[EmptyResult](context.Background(), c, opDelete, thing, nil)
		if err != nil {
			t.Fatal(err)
		}
		if result == nil || len(result) != 0 {
			t.Fatalf("want an empty, non-nil map, got %#v", result)
		}
	}
	generic, err := c.Request(context.Background(), "deleteThing", thing)
	if _, ok := generic.(EmptyResult); err != nil || !ok {
		t.Fatalf("request(): %#v %v", generic, err)
	}
	typed, err := Call[*testModel](context.Background(), newTestClient(t, newServer(t, reply{status: 204}), newFakeClock()), opGet, thing, nil)
	if err != nil || typed == nil || typed.ID != "" {
		t.Fatalf("a typed result of an empty response is a zero value: %#v %v", typed, err)
	}
}

func TestRedirectIsReturnedNotFollowed(t *testing.T) {
	var followed bool
	target := newServer(t)
	target.srv.Config.Handler = http.HandlerFunc(func(http.ResponseWriter, *http.Request) { followed = true })
	s := newServer(t, reply{status: 302, header: map[string]string{"Location": target.srv.URL + "/install?state=s"}})
	for _, opts := range [][]RequestOption{nil, {WithHTTPClient(&http.Client{})}} {
		c := newTestClient(t, s, newFakeClock(), opts...)
		r, err := Call[*Redirect](context.Background(), c, opInstall, OperationParams{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if r.StatusCode != 302 || r.Location != target.srv.URL+"/install?state=s" {
			t.Fatalf("got %+v", r)
		}
	}
	if followed {
		t.Fatal("the redirect was followed")
	}
}

func TestEveryErrorStatusHasItsType(t *testing.T) {
	cases := []struct {
		status int
		check  func(error) bool
	}{
		{400, func(err error) bool { var e *BadRequestError; return errors.As(err, &e) }},
		{401, func(err error) bool { var e *AuthenticationError; return errors.As(err, &e) }},
		{403, func(err error) bool { var e *PermissionDeniedError; return errors.As(err, &e) }},
		{404, func(err error) bool { var e *NotFoundError; return errors.As(err, &e) }},
		{409, func(err error) bool { var e *ConflictError; return errors.As(err, &e) }},
		{412, func(err error) bool { var e *PreconditionFailedError; return errors.As(err, &e) }},
		{422, func(err error) bool { var e *UnprocessableEntityError; return errors.As(err, &e) }},
		{428, func(err error) bool { var e *PreconditionRequiredError; return errors.As(err, &e) }},
		{429, func(err error) bool { var e *RateLimitError; return errors.As(err, &e) }},
		{418, func(err error) bool { var e *ClientError; return errors.As(err, &e) }},
		{500, func(err error) bool { var e *InternalServerError; return errors.As(err, &e) }},
		{502, func(err error) bool { var e *ServerError; return errors.As(err, &e) }},
		{503, func(err error) bool { var e *ServerError; return errors.As(err, &e) }},
	}
	for _, tc := range cases {
		s := newServer(t, reply{status: tc.status, body: `{"statusCode":1,"code":"some_code","message":"went wrong"}`})
		c := newTestClient(t, s, newFakeClock(), WithMaxRetries(0))
		_, err := Call[*testModel](context.Background(), c, opGet, thing, nil)
		if !tc.check(err) {
			t.Errorf("%d: wrong type %T", tc.status, err)
		}
		var base *APIError
		if !errors.As(err, &base) || base.StatusCode != tc.status || base.Code != "some_code" || base.Message != "went wrong" ||
			base.OperationID != "getThing" || base.Method != "GET" {
			t.Errorf("%d: base %+v", tc.status, base)
		}
		var client *ClientError
		var server *ServerError
		if (tc.status < 500) != errors.As(err, &client) || (tc.status >= 500) != errors.As(err, &server) {
			t.Errorf("%d: class", tc.status)
		}
	}
}

func TestErrorCarriesEverythingAndSaysWhatFailed(t *testing.T) {
	s := newServer(t, reply{status: 429, header: map[string]string{"Retry-After": "42", "X-Request-Id": "req-1"},
		body: `{"statusCode":429,"code":"rate_limited","message":"Rate limit exceeded","retryAfter":42}`})
	c := newTestClient(t, s, newFakeClock(), WithMaxRetries(0))
	_, err := Call[*testModel](context.Background(), c, opGet, thing, nil)
	var rl *RateLimitError
	if !errors.As(err, &rl) {
		t.Fatalf("got %T", err)
	}
	want := "getThing: GET /things/t1 returned 429 rate_limited: Rate limit exceeded (retry after 42s) [request id req-1]"
	if err.Error() != want {
		t.Fatalf("message:\n got %s\nwant %s", err.Error(), want)
	}
	if d, ok := rl.RetryAfter.Get(); !ok || d != 42*time.Second || rl.Header.Get("Retry-After") != "42" ||
		rl.Body.(map[string]any)["code"] != "rate_limited" {
		t.Fatalf("fields: %+v", rl.APIError)
	}
}

func TestErrorWithATextOrEmptyBody(t *testing.T) {
	s := newServer(t, reply{status: 502, header: map[string]string{"Content-Type": "text/plain"}, body: "upstream down"},
		reply{status: 404})
	c := newTestClient(t, s, newFakeClock(), WithMaxRetries(0))
	_, err := Call[*testModel](context.Background(), c, opGet, thing, nil)
	var se *ServerError
	if !errors.As(err, &se) || se.Message != "upstream down" || se.Body != "upstream down" {
		t.Fatalf("text body: %v", err)
	}
	_, err = Call[*testModel](context.Background(), c, opGet, thing, nil)
	var nf *NotFoundError
	if !errors.As(err, &nf) || nf.Message != "Not Found" || nf.Body != nil {
		t.Fatalf("empty body: %v", err)
	}
}

func TestInvalidJSONInA2xxIsADecodeError(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"id":`})
	c := newTestClient(t, s, newFakeClock())
	_, err := Call[*testModel](context.Background(), c, opGet, thing, nil)
	var decode *ResponseDecodeError
	if !errors.As(err, &decode) || decode.StatusCode != 200 || string(decode.Body) != `{"id":` {
		t.Fatalf("got %v", err)
	}
}

func TestRawResponseOnRequest(t *testing.T) {
	s := newServer(t, reply{status: 200, header: map[string]string{"X-Request-Id": "r1"}, body: `{"id":"x"}`},
		reply{status: 404, body: `{"code":"not_found"}`})
	c := newTestClient(t, s, newFakeClock())
	var raw *RawResponse
	if _, err := Call[*testModel](context.Background(), c, opGet, thing, []RequestOption{WithResponseInto(&raw)}); err != nil {
		t.Fatal(err)
	}
	if raw == nil || raw.StatusCode != 200 || raw.Header.Get("X-Request-Id") != "r1" || string(raw.Body) != `{"id":"x"}` {
		t.Fatalf("raw: %+v", raw)
	}
	var generic map[string]any
	if err := raw.JSON(&generic); err != nil || generic["id"] != "x" {
		t.Fatalf("JSON: %v %v", generic, err)
	}
	_, err := Call[*testModel](context.Background(), c, opGet, thing, []RequestOption{WithResponseInto(&raw)})
	if err == nil || raw.StatusCode != 404 {
		t.Fatalf("errors keep the raw response too: %v %+v", err, raw)
	}
}

func TestTextResponse(t *testing.T) {
	s := newServer(t, reply{status: 200, header: map[string]string{"Content-Type": "text/plain"}, body: "# Read me"})
	c := newTestClient(t, s, newFakeClock())
	text, err := Call[string](context.Background(), c, opText, OperationParams{}, nil)
	if err != nil || text != "# Read me" {
		t.Fatalf("got %q %v", text, err)
	}
	generic, err := c.Request(context.Background(), "readme", OperationParams{})
	if s, ok := generic.(string); !ok || !strings.HasPrefix(s, "#") || err != nil {
		t.Fatalf("request(): %#v %v", generic, err)
	}
}
