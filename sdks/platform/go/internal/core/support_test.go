package core

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// fakeClock never sleeps: it records every wait and moves its time forward.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	sleeps []time.Duration
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	c.sleeps = append(c.sleeps, d)
	c.now = c.now.Add(d)
	c.mu.Unlock()
	return ctx.Err()
}

func (c *fakeClock) slept() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]time.Duration(nil), c.sleeps...)
}

// recorded is one request the test server saw.
type recorded struct {
	Method string
	Path   string // escaped
	Query  string
	Header http.Header
	Body   []byte
}

// reply is one scripted answer of the test server.
type reply struct {
	status int
	header map[string]string
	body   string
	delay  time.Duration
	hangUp bool // close the connection without answering
}

// server answers with the scripted replies in order (the last one repeats)
// and records every request.
type server struct {
	t        *testing.T
	mu       sync.Mutex
	replies  []reply
	requests []recorded
	srv      *httptest.Server
}

func newServer(t *testing.T, replies ...reply) *server {
	t.Helper()
	s := &server{t: t, replies: replies}
	s.srv = httptest.NewServer(http.HandlerFunc(s.handle))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *server) handle(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	s.mu.Lock()
	s.requests = append(s.requests, recorded{r.Method, r.URL.EscapedPath(), r.URL.RawQuery, r.Header.Clone(), body})
	index := min(len(s.requests), len(s.replies)) - 1
	rep := reply{status: 200, body: "{}"}
	if index >= 0 {
		rep = s.replies[index]
	}
	s.mu.Unlock()
	if rep.delay > 0 {
		select {
		case <-time.After(rep.delay):
		case <-r.Context().Done():
			return
		}
	}
	if rep.hangUp {
		conn, _, err := w.(http.Hijacker).Hijack()
		if err == nil {
			_ = conn.Close()
		}
		return
	}
	for k, v := range rep.header {
		w.Header().Set(k, v)
	}
	if rep.body != "" && w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(rep.status)
	_, _ = io.WriteString(w, rep.body)
}

func (s *server) seen() []recorded {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]recorded(nil), s.requests...)
}

// testModel is shaped like a generated model.
type testModel struct {
	ID          string                     `json:"id"`
	Status      testStatus                 `json:"status"`
	CompletedAt Optional[time.Time]        `json:"completed_at"`
	ImageURI    Optional[string]           `json:"image_uri"`
	Count       int64                      `json:"count"`
	ExtraFields map[string]json.RawMessage `json:"-"`
}

func (m *testModel) UnmarshalJSON(data []byte) error {
	return DecodeObject(data, &m.ExtraFields,
		Field("id", &m.ID),
		Field("status", &m.Status),
		Field("completed_at", &m.CompletedAt),
		Field("image_uri", &m.ImageURI),
		Field("count", &m.Count),
	)
}

func (m testModel) MarshalJSON() ([]byte, error) {
	return EncodeObject(m.ExtraFields,
		Field("id", m.ID),
		Field("status", m.Status),
		Field("completed_at", m.CompletedAt),
		Field("image_uri", m.ImageURI),
		Field("count", m.Count),
	)
}

type testStatus string

const (
	testStatusRunning testStatus = "running"
	testStatusDone    testStatus = "done"
)

type testPage struct {
	Items []testModel `json:"items"`
	Total int64       `json:"total"`
}

type testQuery struct {
	Limit  Optional[int64]
	Offset Optional[int64]
}

func (q testQuery) ParamValues() map[string]any {
	return map[string]any{"limit": q.Limit, "offset": q.Offset}
}

var (
	opGet = &Operation{
		ID: "getThing", Method: "GET", Path: "/things/{thingID}",
		Params: []Param{
			{Name: "thingID", In: InPath, Required: true, Style: "simple"},
			{Name: "tags", In: InQuery, Style: "form", Explode: true},
			{Name: "ids", In: InQuery, Style: "form"},
			{Name: "filter", In: InQuery, Style: "deepObject", Explode: true},
			{Name: "X-Trace", In: InHeader, Style: "simple"},
			{Name: "session", In: InCookie, Style: "form"},
		},
		Responses: []Response{{Status: "200", Kind: ResponseJSON, New: New[testModel]}},
		Waiter:    &Waiter{Name: "thing", Field: "status", Terminal: []string{"done", "failed"}},
	}
	opCreate = &Operation{
		ID: "createThing", Method: "POST", Path: "/things", ContentType: "application/json",
		Params:    []Param{{Name: "Idempotency-Key", In: InHeader, Style: "simple"}},
		Responses: []Response{{Status: "201", Kind: ResponseJSON, New: New[testModel]}},
	}
	opNeedsBody = &Operation{
		ID: "putThing", Method: "PUT", Path: "/things", ContentType: "application/json", BodyRequired: true,
		Responses: []Response{{Status: "200", Kind: ResponseJSON, New: New[testModel]}},
	}
	opPatch = &Operation{
		ID: "patchThing", Method: "PATCH", Path: "/things", ContentType: "application/json",
		Responses: []Response{{Status: "200", Kind: ResponseJSON, New: New[testModel]}},
	}
	opDelete = &Operation{
		ID: "deleteThing", Method: "DELETE", Path: "/things/{thingID}",
		Params:    []Param{{Name: "thingID", In: InPath, Required: true, Style: "simple"}},
		Responses: []Response{{Status: "204", Kind: ResponseEmpty}},
	}
	opInstall = &Operation{
		ID: "installStart", Method: "GET", Path: "/install",
		Responses: []Response{{Status: "302", Kind: ResponseRedirect}},
	}
	opForm = &Operation{
		ID: "sendForm", Method: "POST", Path: "/form", ContentType: "application/x-www-form-urlencoded",
		Responses: []Response{{Status: "200", Kind: ResponseJSON}},
	}
	opUpload = &Operation{
		ID: "upload", Method: "POST", Path: "/upload", ContentType: "multipart/form-data",
		Responses: []Response{{Status: "200", Kind: ResponseJSON}},
	}
	opText = &Operation{
		ID: "readme", Method: "GET", Path: "/readme",
		Responses: []Response{{Status: "200", Kind: ResponseText}},
	}
	opOffset = &Operation{
		ID: "listOffset", Method: "GET", Path: "/offset",
		Params: []Param{
			{Name: "limit", In: InQuery, Style: "form", Explode: true},
			{Name: "offset", In: InQuery, Style: "form", Explode: true},
		},
		Responses:  []Response{{Status: "200", Kind: ResponseJSON, New: New[testPage]}},
		Pagination: &Pagination{Style: "offset", Items: []string{"items"}, Param: "offset", SizeParam: "limit", Total: []string{"total"}, Stop: []string{"empty", "short", "total"}},
	}
	opPage = &Operation{
		ID: "listPage", Method: "GET", Path: "/page",
		Responses:  []Response{{Status: "200", Kind: ResponseJSON}},
		Pagination: &Pagination{Style: "page", Items: []string{"repositories"}, Param: "page", SizeParam: "per_page", Total: []string{"total_count"}, Stop: []string{"empty", "short", "total"}},
	}
	opCursor = &Operation{
		ID: "listLogs", Method: "GET", Path: "/logs",
		Responses: []Response{{Status: "200", Kind: ResponseJSON}},
		Pagination: &Pagination{Style: "cursor", Items: []string{"lines"}, Param: "cursor", SizeParam: "limit",
			Next: []string{"next_cursor"}, HasMore: []string{"has_more"}, Stop: []string{"has_more", "token"}},
		Tail: &TailSpec{Name: "logs", Param: "direction", Value: "forward"},
	}
)

var testOperations = []*Operation{opGet, opCreate, opNeedsBody, opPatch, opDelete, opInstall, opForm, opUpload,
	opText, opOffset, opPage, opCursor}

// newTestClient talks to s with a fake clock, full jitter and the given options.
func newTestClient(t *testing.T, s *server, clock *fakeClock, opts ...RequestOption) *Client {
	t.Helper()
	base := []RequestOption{WithBaseURL(s.srv.URL), WithClock(clock), WithJitter(func() float64 { return 1 })}
	c, err := NewClient(Info{Name: "testsdk", Version: "9.9.9", Operations: testOperations}, append(base, opts...)...)
	if err != nil {
		t.Fatalf("NewClient: %v", err)
	}
	return c
}

var thing = OperationParams{PathParams: map[string]string{"thingID": "t1"}}
