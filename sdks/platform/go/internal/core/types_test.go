package core

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// opTyped declares an integer path parameter, integer, number and boolean
// query parameters and a list of integers.
var opTyped = &Operation{
	ID: "listRepos", Method: "GET", Path: "/installations/{installationID}/repos",
	Params: []Param{
		{Name: "installationID", In: InPath, Required: true, Style: "simple", Type: "integer"},
		{Name: "limit", In: InQuery, Style: "form", Explode: true, Type: "integer"},
		{Name: "ratio", In: InQuery, Style: "form", Explode: true, Type: "number"},
		{Name: "archived", In: InQuery, Style: "form", Explode: true, Type: "boolean"},
		{Name: "ids", In: InQuery, Style: "form", Explode: true, Type: "integer"},
		{Name: "name", In: InQuery, Style: "form", Explode: true},
	},
	Responses: []Response{{Status: "200", Kind: ResponseJSON}},
}

// ownedQuery is a generated params struct of another operation's query.
type ownedQuery struct{ Limit Optional[int64] }

func (q ownedQuery) ParamValues() map[string]any           { return map[string]any{"limit": q.Limit} }
func (q ownedQuery) ParamsOf() (operationID, field string) { return "listOffset", "Query" }

// ownedPath is listRepos's own path parameters struct.
type ownedPath struct{ InstallationID int64 }

func (p ownedPath) ParamValues() map[string]any {
	return map[string]any{"installationID": p.InstallationID}
}
func (p ownedPath) ParamsOf() (operationID, field string) { return "listRepos", "PathParams" }

func TestWrongValueTypesAreRefusedBeforeSending(t *testing.T) {
	s := newServer(t)
	c := newTestClient(t, s, newFakeClock())
	path := map[string]any{"installationID": 42}
	cases := map[string]OperationParams{
		`"limit" is declared integer`:              {PathParams: path, Query: map[string]any{"limit": "ten"}},
		`"limit" is declared integer, got float64`: {PathParams: path, Query: map[string]any{"limit": 2.5}},
		`"ratio" is declared number`:               {PathParams: path, Query: map[string]string{"ratio": "half"}},
		`"archived" is declared boolean`:           {PathParams: path, Query: map[string]any{"archived": "yes"}},
		`"archived" is declared boolean, got int`:  {PathParams: path, Query: map[string]any{"archived": 1}},
		`"ids" is declared integer`:                {PathParams: path, Query: url.Values{"ids": {"1", "two"}}},
		`"installationID" is declared integer`:     {PathParams: map[string]string{"installationID": "forty-two"}},
		`"limit" is declared integer, got string`:  {PathParams: path, Query: map[string]any{"limit": Some("ten")}},
	}
	for want, params := range cases {
		_, err := Call[any](context.Background(), c, opTyped, params, nil)
		var invalid *InvalidArgumentError
		if !errors.As(err, &invalid) || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: want an InvalidArgumentError, got %v", want, err)
		}
	}
	if n := len(s.seen()); n != 0 {
		t.Fatalf("%d request(s) sent", n)
	}
}

func TestValuesOfTheDeclaredTypeOrTextOfItAreSent(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{}`}, reply{status: 200, body: `{}`})
	c := newTestClient(t, s, newFakeClock())
	given := []OperationParams{
		{PathParams: ownedPath{InstallationID: 42}, Query: map[string]any{"limit": Some[int64](10), "ratio": 0.5,
			"archived": true, "ids": []int{1, 2}, "name": 7, "undeclared": "any"}},
		{PathParams: map[string]string{"installationID": "42"}, Query: url.Values{"limit": {"10"}, "ratio": {"1e3"},
			"archived": {"false"}, "ids": {"1", "2"}}},
	}
	for _, params := range given {
		if _, err := Call[any](context.Background(), c, opTyped, params, nil); err != nil {
			t.Fatal(err)
		}
	}
	seen := s.seen()
	if len(seen) != 2 || seen[0].Path != "/installations/42/repos" || !strings.Contains(seen[0].Query, "limit=10") {
		t.Fatalf("sent: %+v", seen)
	}
}

func TestAnotherOperationsParamsStructIsRefused(t *testing.T) {
	s := newServer(t)
	c := newTestClient(t, s, newFakeClock())
	cases := map[string]OperationParams{
		`Query got core.ownedQuery, the Query of operation "listOffset"`:      {PathParams: ownedPath{InstallationID: 1}, Query: ownedQuery{}},
		`Headers got core.ownedPath, the PathParams of operation "listRepos"`: {PathParams: ownedPath{InstallationID: 1}, Headers: ownedPath{}},
		`PathParams got *core.ownedQuery`:                                     {PathParams: &ownedQuery{}},
	}
	for want, params := range cases {
		_, err := Call[any](context.Background(), c, opTyped, params, nil)
		var invalid *InvalidArgumentError
		if !errors.As(err, &invalid) || !strings.Contains(err.Error(), want) {
			t.Errorf("want an InvalidArgumentError with %q, got %v", want, err)
		}
	}
	if n := len(s.seen()); n != 0 {
		t.Fatalf("%d request(s) sent", n)
	}
}

// problem is a declared error body.
type problem struct {
	Code   string `json:"code"`
	Detail string `json:"detail"`
}

// otherProblem is the body declared for 5xx.
type otherProblem struct {
	Reason string `json:"reason"`
}

var opErrors = &Operation{
	ID: "getErrors", Method: "GET", Path: "/errors",
	Responses: []Response{{Status: "200", Kind: ResponseJSON}, {Status: "default", Kind: ResponseJSON, New: New[otherProblem]}},
	Errors: []Response{
		{Status: "404", Kind: ResponseJSON, New: New[problem]},
		{Status: "4XX", Kind: ResponseJSON, New: New[problem]},
	},
}

func TestDeclaredErrorBodiesAreDecodedOntoTheError(t *testing.T) {
	s := newServer(t,
		reply{status: 404, body: `{"code":"not_found","detail":"no such thing"}`},
		reply{status: 418, body: `{"code":"teapot","detail":"short and stout"}`},
		reply{status: 400, body: `not json`},
		reply{status: 503, body: `{"reason":"maintenance"}`},
	)
	c := newTestClient(t, s, newFakeClock(), WithMaxRetries(0))
	call := func() error {
		_, err := Call[any](context.Background(), c, opErrors, OperationParams{}, nil)
		return err
	}

	err := call() // 404: exact status
	var notFound *NotFoundError
	if !errors.As(err, &notFound) || notFound.Code != "not_found" {
		t.Fatalf("404: %v", err)
	}
	if body, ok := ErrorBodyAs[*problem](err); !ok || body.Detail != "no such thing" || notFound.Declared.(*problem) != body {
		t.Fatalf("404 body: %#v %v", body, ok)
	}
	if _, ok := ErrorBodyAs[*otherProblem](err); ok {
		t.Fatal("a 404 body read as another type")
	}

	err = call() // 418: its class, 4XX
	if body, ok := ErrorBodyAs[*problem](err); !ok || body.Code != "teapot" {
		t.Fatalf("418 body: %#v %v (%v)", body, ok, err)
	}

	err = call() // 400 whose body is not JSON: no declared body, the text stays
	var apiErr *APIError
	if _, ok := ErrorBodyAs[*problem](err); ok || !errors.As(err, &apiErr) || apiErr.Body != "not json" || apiErr.Declared != nil {
		t.Fatalf("400 with a text body: %v", err)
	}

	err = call() // 503: default
	if body, ok := ErrorBodyAs[*otherProblem](err); !ok || body.Reason != "maintenance" {
		t.Fatalf("503 body: %#v %v (%v)", body, ok, err)
	}

	if _, ok := ErrorBodyAs[*problem](errors.New("not an API error")); ok {
		t.Fatal("a plain error has no body")
	}
}

func TestHTTPResponseIntoCapturesTheResponseOfSuccessesAndErrors(t *testing.T) {
	s := newServer(t,
		reply{status: 200, body: `{"id":"t1"}`, header: map[string]string{"X-Request-Id": "req-1"}},
		reply{status: 404, body: `{"code":"not_found"}`, header: map[string]string{"X-Request-Id": "req-2"}},
	)
	c := newTestClient(t, s, newFakeClock(), WithMaxRetries(0))
	var resp *http.Response
	var raw *RawResponse
	model, err := Call[*testModel](context.Background(), c, opGet, OperationParams{PathParams: map[string]string{"thingID": "t1"}},
		[]RequestOption{WithHTTPResponseInto(&resp), WithResponseInto(&raw)})
	if err != nil || model.ID != "t1" {
		t.Fatalf("%v %v", model, err)
	}
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || resp.Header.Get("X-Request-Id") != "req-1" || string(body) != `{"id":"t1"}` ||
		raw.RequestID() != "req-1" || raw.HTTPResponse != resp {
		t.Fatalf("captured %d %v %q, raw %q", resp.StatusCode, resp.Header, body, raw.RequestID())
	}
	resp = nil
	_, err = Call[*testModel](context.Background(), c, opGet, OperationParams{PathParams: map[string]string{"thingID": "t2"}},
		[]RequestOption{WithHTTPResponseInto(&resp)})
	if err == nil || resp == nil || resp.StatusCode != 404 || resp.Header.Get("X-Request-Id") != "req-2" {
		t.Fatalf("error response not captured: %v %v", err, resp)
	}
}
