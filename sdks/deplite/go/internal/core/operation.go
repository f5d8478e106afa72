package core

import "strconv"

// Where a parameter goes.
const (
	InPath   = "path"
	InQuery  = "query"
	InHeader = "header"
	InCookie = "cookie"
)

// Param describes one parameter of an operation, by its wire name.
type Param struct {
	Name     string
	In       string // InPath, InQuery, InHeader or InCookie
	Required bool
	Style    string // form, simple, label, matrix, spaceDelimited, pipeDelimited, deepObject
	Explode  bool
	// Type is the declared scalar type a value must read as: "integer",
	// "number" or "boolean" (of the parameter, or of its items when it is a
	// list); "" takes any value.
	Type string
}

// ResponseKind says how a response body is read.
type ResponseKind int

// The kinds of response bodies.
const (
	ResponseJSON        ResponseKind = iota // decoded into the declared type
	ResponseEmpty                           // no body: EmptyResult
	ResponseText                            // a string
	ResponseBinary                          // []byte
	ResponseRedirect                        // a 3xx: *Redirect, never followed
	ResponseEventStream                     // text/event-stream: read with Stream
)

// Response describes one declared response of an operation.
type Response struct {
	Status string // "200", "2XX" or "default"
	Kind   ResponseKind
	// New returns a pointer to a new value of the declared type (JSON only).
	New func() any
}

// Pagination tells how an operation pages, as data: one pager (nextPage)
// reads it for every style. Paths are wire names from the page's root, e.g.
// []string{"metadata", "continue"}.
//
// Style says how the next request is made. offset: Param += the items on the
// page; page: Param += 1 (1-based); cursor: Param = the token at Next;
// starting_after: Param = the member Next of the page's last item (its id);
// next_url: GET the URL at Next; link_header: GET the response's
// Link: <url>; rel="next". SizeParam is the page-size query parameter; Total
// and HasMore the paths of the page's count of all items and of its "another
// page exists" flag. Stop lists the rules that end the iteration: empty,
// short, total, token, has_more.
type Pagination struct {
	Style     string   // offset, page, cursor, next_url, link_header or starting_after
	Items     []string // where the list of items is (empty: the page is the list)
	Param     string
	SizeParam string
	Next      []string
	Total     []string
	HasMore   []string
	Stop      []string
}

// Waiter polls an operation until Field holds one of the Terminal values.
type Waiter struct {
	Name     string
	Field    string
	Terminal []string
}

// TailSpec follows an operation forward: Param is set to Value, and each next
// poll passes the previous page's cursor.
type TailSpec struct {
	Name  string
	Param string
	Value string
}

// Operation is everything the runtime needs to call one operation.
type Operation struct {
	ID           string
	Method       string
	Path         string
	Params       []Param
	ContentType  string // media type of the request body; "" when it takes none
	BodyRequired bool
	Responses    []Response
	// Errors are the declared error responses (4xx, 5xx, "4XX") with a JSON
	// body; a "default" response is in Responses.
	Errors     []Response
	Pagination *Pagination
	Waiter     *Waiter
	Tail       *TailSpec
	// Security lists the schemes the operation accepts (any one of them);
	// empty: it takes no credentials (see Info.Secured).
	Security []SecurityScheme
	// Host is the key of the Info.Hosts entry the operation is sent to; ""
	// sends it to the client's base URL.
	Host string
	// TenantScoped operations take the API's tenant header (Info.Tenant),
	// filled from WithTenantID unless the call gives the header itself.
	TenantScoped bool
	// Session is what the operation does to the client's session; nil: nothing.
	Session *SessionRole
	// Resume makes Stream reconnect a stream that ends or breaks; nil: it does not.
	Resume *Resume
}

// Resume is how Stream resumes an event stream: it reconnects with the id of
// the last event it delivered in Header, after the server's last retry: value
// (else RetryMs), at most MaxReconnects times in a row without an event.
type Resume struct {
	Header        string // "Last-Event-ID"
	MaxReconnects int
	RetryMs       int
}

// New returns a pointer to a new T, as an any: the Response.New of a JSON response.
func New[T any]() any {
	return new(T)
}

// streams reports whether a success response is an event stream.
func (op *Operation) streams() bool {
	for _, r := range op.Responses {
		if r.Kind == ResponseEventStream {
			return true
		}
	}
	return false
}

func (op *Operation) param(name string) (Param, bool) {
	for _, p := range op.Params {
		if p.Name == name {
			return p, true
		}
	}
	return Param{}, false
}

// response finds the declared response for status: exact, then its class
// ("2XX"), then "default".
func (op *Operation) response(status int) (Response, bool) {
	return findResponse(op.Responses, status)
}

// errorResponse finds the declared error response for status: exact, then
// its class ("4XX"), then "default".
func (op *Operation) errorResponse(status int) (Response, bool) {
	if r, ok := findResponse(op.Errors, status); ok {
		return r, ok
	}
	if r, ok := findResponse(op.Responses, status); ok && r.Status == "default" {
		return r, ok
	}
	return Response{}, false
}

func findResponse(responses []Response, status int) (Response, bool) {
	exact := strconv.Itoa(status)
	class := strconv.Itoa(status/100) + "XX"
	for _, key := range []string{exact, class, "default"} {
		for _, r := range responses {
			if r.Status == key || (key == class && r.Status == strconv.Itoa(status/100)+"xx") {
				return r, true
			}
		}
	}
	return Response{}, false
}
