package core

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestPathValuesAreEncodedOneByOne(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"id":"x"}`})
	c := newTestClient(t, s, newFakeClock())
	_, err := Call[*testModel](context.Background(), c, opGet,
		OperationParams{PathParams: map[string]any{"thingID": "a/b c?"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.seen()[0].Path; got != "/things/a%2Fb%20c%3F" {
		t.Fatalf("path: %s", got)
	}
}

func TestMissingOrEmptyPathParamIsRefusedBeforeSending(t *testing.T) {
	s := newServer(t)
	c := newTestClient(t, s, newFakeClock())
	for _, params := range []OperationParams{{}, {PathParams: map[string]string{"thingID": ""}},
		{PathParams: map[string]any{"thingID": nil}}, {PathParams: map[string]any{"other": "x"}}} {
		_, err := Call[*testModel](context.Background(), c, opGet, params, nil)
		var invalid *InvalidArgumentError
		if !errors.As(err, &invalid) || invalid.OperationID != "getThing" || !strings.Contains(err.Error(), `"thingID"`) {
			t.Fatalf("want an InvalidArgumentError naming getThing and thingID, got %v", err)
		}
	}
	if _, err := Call[*testModel](context.Background(), c, opGet, OperationParams{PathParams: 42}, nil); err == nil ||
		!strings.Contains(err.Error(), "PathParams must be") {
		t.Fatalf("a bad PathParams type: %v", err)
	}
	if n := len(s.seen()); n != 0 {
		t.Fatalf("%d request(s) sent", n)
	}
}

func TestQueryHeaderAndCookieParamsAreRoutedAndSentAsStrings(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"id":"x"}`})
	c := newTestClient(t, s, newFakeClock())
	_, err := Call[*testModel](context.Background(), c, opGet, OperationParams{
		PathParams: map[string]string{"thingID": "t1"},
		Query: map[string]any{
			"tags":    []string{"a", "b"},
			"ids":     []int{1, 2},
			"filter":  map[string]any{"env": "prod", "n": 3},
			"limit":   Some(20),
			"skip":    Optional[int]{},
			"since":   time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
			"debug":   true,
			"X-Trace": "abc",
			"session": "s 1",
		},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := s.seen()[0]
	want := "debug=true&filter%5Benv%5D=prod&filter%5Bn%5D=3&ids=1%2C2&limit=20&since=2026-01-02T03%3A04%3A05Z&tags=a&tags=b"
	if got.Query != want {
		t.Errorf("query:\n got %s\nwant %s", got.Query, want)
	}
	if got.Header.Get("X-Trace") != "abc" || got.Header.Get("Cookie") != "session=s+1" {
		t.Errorf("header/cookie: %v", got.Header)
	}
}

func TestTypedParamSetsAndExtraQuery(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"items":[],"total":0}`})
	c := newTestClient(t, s, newFakeClock())
	_, err := Call[*testPage](context.Background(), c, opOffset,
		OperationParams{Query: testQuery{Limit: Some[int64](5)}}, []RequestOption{WithQuery("trace", "1")})
	if err != nil {
		t.Fatal(err)
	}
	if q := s.seen()[0].Query; q != "limit=5&trace=1" {
		t.Fatalf("query: %s", q)
	}
}

func TestAuthTenantAndUserAgentHeaders(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"id":"x"}`})
	c := newTestClient(t, s, newFakeClock(), WithToken("tok"), WithTenantID("ten-1"), WithHeader("X-Extra", "1"))
	if _, err := Call[*testModel](context.Background(), c, opGet, thing, nil); err != nil {
		t.Fatal(err)
	}
	h := s.seen()[0].Header
	if h.Get("Authorization") != "Bearer tok" || h.Get("X-Tenant-ID") != "ten-1" || h.Get("X-Extra") != "1" ||
		h.Get("Accept") != "application/json" {
		t.Fatalf("headers: %v", h)
	}
	if ua := h.Get("User-Agent"); !regexp.MustCompile(`^testsdk/9\.9\.9 go/\S+ \(\w+; \w+\)$`).MatchString(ua) {
		t.Fatalf("User-Agent: %q", ua)
	}

	anonymous := newTestClient(t, s, newFakeClock())
	if _, err := Call[*testModel](context.Background(), anonymous, opGet, thing, nil); err != nil {
		t.Fatal(err)
	}
	if h := s.seen()[1].Header; h.Get("Authorization") != "" || h.Get("X-Tenant-ID") != "" {
		t.Fatalf("no token, no auth headers: %v", h)
	}
}

func TestSignerSignsEveryAttemptAfterTheOtherHeaders(t *testing.T) {
	s := newServer(t, reply{status: 503}, reply{status: 201, body: `{"id":"x"}`})
	var signed []string
	signer := SignerFunc(func(req *http.Request, body []byte) error {
		if req.Header.Get("Authorization") == "" {
			t.Error("auth must be set before signing")
		}
		signed = append(signed, string(body))
		req.Header.Set("X-Signature", "sig:"+req.Header.Get("Idempotency-Key"))
		return nil
	})
	c := newTestClient(t, s, newFakeClock(), WithToken("tok"), WithSigner(signer))
	_, err := Call[*testModel](context.Background(), c, opCreate, OperationParams{Body: map[string]any{"a": 1}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(signed) != 2 || signed[0] != `{"a":1}` {
		t.Fatalf("signed: %q", signed)
	}
	for _, r := range s.seen() {
		if r.Header.Get("X-Signature") != "sig:"+r.Header.Get("Idempotency-Key") {
			t.Fatalf("signature: %v", r.Header)
		}
	}
}

func TestJSONBodiesAndRequiredBody(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"id":"x"}`})
	c := newTestClient(t, s, newFakeClock())
	bodies := []any{
		map[string]any{"commit_sha": "abc", "force_rebuild": true},
		testModel{ID: "m", ImageURI: Null[string]()},
		json.RawMessage(`{"raw":true}`),
	}
	for _, body := range bodies {
		if _, err := Call[*testModel](context.Background(), c, opNeedsBody, OperationParams{Body: body}, nil); err != nil {
			t.Fatal(err)
		}
	}
	seen := s.seen()
	for i, want := range []string{
		`{"commit_sha":"abc","force_rebuild":true}`,
		`{"id":"m","status":"","image_uri":null,"count":0}`,
		`{"raw":true}`,
	} {
		if string(seen[i].Body) != want || seen[i].Header.Get("Content-Type") != "application/json" {
			t.Errorf("body %d: %s (%s)", i, seen[i].Body, seen[i].Header.Get("Content-Type"))
		}
	}
	_, err := Call[*testModel](context.Background(), c, opNeedsBody, OperationParams{}, nil)
	if err == nil || !strings.Contains(err.Error(), "putThing: invalid argument: a request body is required") {
		t.Fatalf("required body: %v", err)
	}
	_, err = Call[*testModel](context.Background(), c, opNeedsBody, OperationParams{Body: json.RawMessage(`{`)}, nil)
	if err == nil || len(s.seen()) != 3 {
		t.Fatalf("invalid JSON must be refused before sending: %v", err)
	}
}

func TestFormAndMultipartBodies(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{}`})
	c := newTestClient(t, s, newFakeClock())
	ctx := context.Background()
	if _, err := Call[any](ctx, c, opForm, OperationParams{Body: map[string]any{"To": "+1 555", "Tags": []string{"a", "b"}}}, nil); err != nil {
		t.Fatal(err)
	}
	form := s.seen()[0]
	if string(form.Body) != "Tags=a&Tags=b&To=%2B1+555" || form.Header.Get("Content-Type") != "application/x-www-form-urlencoded" {
		t.Fatalf("form: %s %s", form.Body, form.Header.Get("Content-Type"))
	}
	body := map[string]any{"name": "n", "file": File{Name: "a.txt", ContentType: "text/plain", Content: strings.NewReader("hello")}}
	if _, err := Call[any](ctx, c, opUpload, OperationParams{Body: body}, nil); err != nil {
		t.Fatal(err)
	}
	upload := s.seen()[1]
	media, params, err := mime.ParseMediaType(upload.Header.Get("Content-Type"))
	if err != nil || media != "multipart/form-data" {
		t.Fatalf("content type: %v %v", media, err)
	}
	form2, err := multipart.NewReader(bytes.NewReader(upload.Body), params["boundary"]).ReadForm(1 << 20)
	if err != nil {
		t.Fatal(err)
	}
	if form2.Value["name"][0] != "n" || form2.File["file"][0].Filename != "a.txt" {
		t.Fatalf("multipart: %v %v", form2.Value, form2.File)
	}
}

func TestUnknownOperationIDIsRefusedWithSuggestions(t *testing.T) {
	c := newTestClient(t, newServer(t), newFakeClock())
	_, err := c.Request(context.Background(), "getThng", OperationParams{})
	var invalid *InvalidArgumentError
	if !errors.As(err, &invalid) || !strings.Contains(err.Error(), `unknown operationId "getThng"; did you mean "getThing"?`) {
		t.Fatalf("got %v", err)
	}
}

func TestRequestByOperationIDGivesTypedResults(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"id":"x","status":"done"}`})
	c := newTestClient(t, s, newFakeClock())
	result, err := c.Request(context.Background(), "getThing", thing)
	if err != nil {
		t.Fatal(err)
	}
	if m, ok := result.(*testModel); !ok || m.Status != testStatusDone {
		t.Fatalf("got %#v", result)
	}
}

func TestLoggerAndHooksSeeRedactedSecrets(t *testing.T) {
	s := newServer(t, reply{status: 200, header: map[string]string{"Set-Cookie": "sid=secret"}, body: `{"id":"x"}`})
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	var hooked []string
	c := newTestClient(t, s, newFakeClock(), WithToken("tok-secret"), WithLogger(logger),
		WithHeader("X-Api-Key", "key-secret"),
		WithRequestHook(func(r *http.Request) { hooked = append(hooked, r.Header.Get("Authorization")) }),
		WithResponseHook(func(r *http.Response) {
			hooked = append(hooked, r.Header.Get("Set-Cookie"), r.Request.Header.Get("X-Api-Key"))
		}))
	if _, err := Call[*testModel](context.Background(), c, opGet, thing, nil); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(logs.String(), "secret") || !strings.Contains(logs.String(), Redacted) {
		t.Fatalf("log leaks or does not redact:\n%s", logs.String())
	}
	for _, h := range hooked {
		if h != Redacted {
			t.Fatalf("hook saw %q", h)
		}
	}
	if h := s.seen()[0].Header; h.Get("Authorization") != "Bearer tok-secret" {
		t.Fatalf("the wire must keep the real value: %v", h)
	}
}

func TestClientTimeoutPerCallTimeoutAndContext(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"id":"x"}`, delay: 2 * time.Second})
	c := newTestClient(t, s, newFakeClock(), WithTimeout(50*time.Millisecond), WithMaxRetries(0))
	_, err := Call[*testModel](context.Background(), c, opGet, thing, nil)
	var timeout *TimeoutError
	var conn *ConnectionError
	if !errors.As(err, &timeout) || !errors.As(err, &conn) || !strings.Contains(err.Error(), "getThing: GET /things/t1: request timed out") {
		t.Fatalf("client timeout: %v", err)
	}

	slow := newTestClient(t, s, newFakeClock(), WithMaxRetries(0))
	_, err = Call[*testModel](context.Background(), slow, opGet, thing, []RequestOption{WithTimeout(50 * time.Millisecond)})
	if !errors.As(err, &timeout) {
		t.Fatalf("per-call timeout: %v", err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err = Call[*testModel](ctx, slow, opGet, thing, nil)
	if !errors.As(err, &timeout) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("context deadline: %v", err)
	}

	ctx, cancel = context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	_, err = Call[*testModel](ctx, slow, opGet, thing, nil)
	if !errors.Is(err, context.Canceled) || errors.As(err, &timeout) {
		t.Fatalf("cancelled context: %v", err)
	}
}

func TestReplaceableHTTPClientAndWithOptions(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"id":"x"}`})
	var used int
	transport := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		used++
		return http.DefaultTransport.RoundTrip(r)
	})
	c := newTestClient(t, s, newFakeClock(), WithHTTPClient(&http.Client{Transport: transport}), WithToken("a"))
	other, err := c.WithOptions(WithToken("b"), WithHeader("X-Copy", "1"))
	if err != nil {
		t.Fatal(err)
	}
	for _, client := range []*Client{c, other} {
		if _, err := Call[*testModel](context.Background(), client, opGet, thing, nil); err != nil {
			t.Fatal(err)
		}
	}
	seen := s.seen()
	if used != 2 || seen[0].Header.Get("Authorization") != "Bearer a" || seen[1].Header.Get("Authorization") != "Bearer b" ||
		seen[0].Header.Get("X-Copy") != "" || seen[1].Header.Get("X-Copy") != "1" {
		t.Fatalf("used=%d headers=%v / %v", used, seen[0].Header, seen[1].Header)
	}
	if _, err := c.WithOptions(WithMaxRetries(-1)); err == nil {
		t.Fatal("a negative retry count must be refused")
	}
	if _, err := NewClient(Info{Name: "x"}); err == nil || !strings.Contains(err.Error(), "base URL is required") {
		t.Fatalf("no base URL: %v", err)
	}
	if _, err := NewClient(Info{Name: "x"}, WithBaseURL("not a url")); err == nil {
		t.Fatal("a bad base URL must be refused")
	}
	if _, err := NewClient(Info{Name: "x", BaseURL: "/relative"}); err == nil || !strings.Contains(err.Error(), "pass WithBaseURL") {
		t.Fatalf("a relative default server needs WithBaseURL: %v", err)
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) {
	return f(r)
}

func TestBaseURLWithAPathPrefix(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{"id":"x"}`})
	c := newTestClient(t, s, newFakeClock(), WithBaseURL(s.srv.URL+"/prefix/"))
	if _, err := Call[*testModel](context.Background(), c, opGet, thing, nil); err != nil {
		t.Fatal(err)
	}
	if p := s.seen()[0].Path; p != "/prefix/things/t1" {
		t.Fatalf("path: %s", p)
	}
	if _, err := url.Parse(c.BaseURL()); err != nil || strings.HasSuffix(c.BaseURL(), "/") {
		t.Fatalf("base URL: %q", c.BaseURL())
	}
}

type uploadModel struct {
	Name        string                     `json:"name"`
	Data        []byte                     `json:"data"`
	Note        Optional[string]           `json:"note"`
	ExtraFields map[string]json.RawMessage `json:"-"`
}

func (m uploadModel) MarshalJSON() ([]byte, error) {
	return EncodeObject(m.ExtraFields, Field("name", m.Name), Field("data", m.Data), Field("note", m.Note))
}

func TestModelsAsFormAndMultipartBodies(t *testing.T) {
	s := newServer(t, reply{status: 200, body: `{}`})
	c := newTestClient(t, s, newFakeClock())
	model := uploadModel{Name: "n", Data: []byte("raw bytes"), ExtraFields: map[string]json.RawMessage{"x-extra": []byte(`"e"`)}}
	if _, err := Call[any](context.Background(), c, opForm, OperationParams{Body: model}, nil); err != nil {
		t.Fatal(err)
	}
	if body := string(s.seen()[0].Body); body != "name=n&data=raw+bytes&x-extra=e" {
		t.Fatalf("form: %s", body)
	}
	if _, err := Call[any](context.Background(), c, opUpload, OperationParams{Body: model}, nil); err != nil {
		t.Fatal(err)
	}
	upload := s.seen()[1]
	_, params, _ := mime.ParseMediaType(upload.Header.Get("Content-Type"))
	form, err := multipart.NewReader(bytes.NewReader(upload.Body), params["boundary"]).ReadForm(1 << 20)
	if err != nil {
		t.Fatal(err)
	}
	file, err := form.File["data"][0].Open()
	if err != nil {
		t.Fatal(err)
	}
	data := make([]byte, 64)
	n, _ := file.Read(data)
	if string(data[:n]) != "raw bytes" || form.Value["name"][0] != "n" || form.Value["note"] != nil {
		t.Fatalf("multipart: %q %v", data[:n], form.Value)
	}
}

// OpenAPI 3.1's path style examples: color = "blue" / ["blue", "black", "brown"] / {R: 100, G: 200, B: 150}
// (a struct keeps the keys in the table's order; a map would sort them).
type colorObject struct {
	R int `json:"R"`
	G int `json:"G"`
	B int `json:"B"`
}

func TestPathStylesFollowTheOpenAPIStyleTable(t *testing.T) {
	array, object := []string{"blue", "black", "brown"}, colorObject{100, 200, 150}
	reserved, keyed := []string{"a,b;c", "x/y.z"}, map[string]string{"k=1": "v&2"}
	cases := []struct {
		style   string
		explode bool
		value   any
		want    string
	}{
		{"simple", false, "blue", "blue"},
		{"simple", false, array, "blue,black,brown"},
		{"simple", false, object, "R,100,G,200,B,150"},
		{"simple", true, "blue", "blue"},
		{"simple", true, array, "blue,black,brown"},
		{"simple", true, object, "R=100,G=200,B=150"},
		{"label", false, "blue", ".blue"},
		{"label", false, array, ".blue,black,brown"},
		{"label", false, object, ".R,100,G,200,B,150"},
		{"label", true, "blue", ".blue"},
		{"label", true, array, ".blue.black.brown"},
		{"label", true, object, ".R=100.G=200.B=150"},
		{"matrix", false, "blue", ";color=blue"},
		{"matrix", false, array, ";color=blue,black,brown"},
		{"matrix", false, object, ";color=R,100,G,200,B,150"},
		{"matrix", true, "blue", ";color=blue"},
		{"matrix", true, array, ";color=blue;color=black;color=brown"},
		{"matrix", true, object, ";R=100;G=200;B=150"},
		// Reserved characters in names, keys and values are escaped one by one.
		{"label", true, reserved, ".a%2Cb%3Bc.x%2Fy.z"},
		{"matrix", true, reserved, ";color=a%2Cb%3Bc;color=x%2Fy.z"},
		{"matrix", false, keyed, ";color=k%3D1,v%262"},
		{"matrix", true, keyed, ";k%3D1=v%262"},
		{"label", false, keyed, ".k%3D1,v%262"},
		{"label", false, []string{"a b", "ü"}, ".a%20b,%C3%BC"},
	}
	for _, c := range cases {
		op := &Operation{ID: "paint", Method: "GET", Path: "/paint/{color}/now",
			Params: []Param{{Name: "color", In: InPath, Required: true, Style: c.style, Explode: c.explode}}}
		got, err := renderPath(op, map[string]any{"color": c.value})
		if err != nil || got != "/paint/"+c.want+"/now" {
			t.Errorf("%s explode=%v %v: got %q (%v), want /paint/%s/now", c.style, c.explode, c.value, got, err, c.want)
		}
	}
	// And on the wire, as the test server receives it.
	s := newServer(t, reply{status: 200, body: `{"id":"x"}`})
	wire := &Operation{ID: "paint", Method: "GET", Path: "/paint/{color}/now",
		Params:    []Param{{Name: "color", In: InPath, Required: true, Style: "matrix", Explode: true}},
		Responses: opGet.Responses}
	if _, err := Call[*testModel](context.Background(), newTestClient(t, s, newFakeClock()), wire,
		OperationParams{PathParams: map[string]any{"color": array}}, nil); err != nil {
		t.Fatal(err)
	}
	if got := s.seen()[0].Path; got != "/paint/;color=blue;color=black;color=brown/now" {
		t.Fatalf("on the wire: %s", got)
	}
	for _, style := range []string{"label", "matrix"} {
		op := &Operation{ID: "paint", Method: "GET", Path: "/paint/{color}",
			Params: []Param{{Name: "color", In: InPath, Required: true, Style: style, Explode: true}}}
		for _, empty := range []any{"", []string{}, map[string]string{}, nil} {
			if _, err := renderPath(op, map[string]any{"color": empty}); err == nil {
				t.Errorf("%s: an empty value %#v was not refused", style, empty)
			}
		}
	}
}
