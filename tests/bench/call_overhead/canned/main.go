// Command canned answers HTTP/1.1 requests with responses recorded from the
// reference server, byte for byte, over keep-alive connections. The call
// overhead bench points the SDKs and the bare clients at it so that the time
// a call takes is almost all client time: no routing, no database, no JSON
// encoding on the server side.
//
// Usage: canned -routes routes.json
//
// routes.json names, for each (method, path, query), a file holding a whole
// recorded response (status line, headers, body), the bearer token a request
// must carry, and the recorded answer to a request without it. The server
// listens on a free loopback port and prints "listening on http://HOST:PORT".
// GET /_canned/stats gives the connections and requests served so far, kept
// apart for the bare clients (User-Agent "call-overhead-bare") and the rest.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sync"
)

// BareUserAgent marks the requests of the bare clients, so the stats can
// tell their connection use from the SDKs'.
const BareUserAgent = "call-overhead-bare"

type routeSpec struct {
	Method   string `json:"method"`
	Path     string `json:"path"`
	Query    string `json:"query"`
	Response string `json:"response"`
}

type config struct {
	Token        string      `json:"token"`
	Unauthorized string      `json:"unauthorized"`
	Routes       []routeSpec `json:"routes"`
}

type server struct {
	token        string
	unauthorized []byte
	routes       map[string][]byte

	mu    sync.Mutex
	stats map[string]*counts
}

type counts struct {
	Connections int64 `json:"connections"`
	Requests    int64 `json:"requests"`
}

// routeKey identifies a request by method, path and its query in canonical
// (sorted) form, so parameter order does not matter.
func routeKey(method, path, rawQuery string) (string, error) {
	values, err := url.ParseQuery(rawQuery)
	if err != nil {
		return "", err
	}
	return method + " " + path + "?" + values.Encode(), nil
}

func load(path string) (*server, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cfg config
	if err := json.Unmarshal(raw, &cfg); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	dir := filepath.Dir(path)
	s := &server{token: cfg.Token, routes: map[string][]byte{}, stats: map[string]*counts{}}
	if s.unauthorized, err = os.ReadFile(filepath.Join(dir, cfg.Unauthorized)); err != nil {
		return nil, err
	}
	for _, r := range cfg.Routes {
		key, err := routeKey(r.Method, r.Path, r.Query)
		if err != nil {
			return nil, fmt.Errorf("route %s %s: %w", r.Method, r.Path, err)
		}
		if s.routes[key], err = os.ReadFile(filepath.Join(dir, r.Response)); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (s *server) count(kind string, connection bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.stats[kind]
	if c == nil {
		c = &counts{}
		s.stats[kind] = c
	}
	if connection {
		c.Connections++
	}
	c.Requests++
}

func (s *server) statsResponse() []byte {
	s.mu.Lock()
	body, err := json.Marshal(s.stats)
	s.mu.Unlock()
	if err != nil {
		body = []byte("{}")
	}
	return simpleResponse("200 OK", body)
}

func simpleResponse(status string, body []byte) []byte {
	head := fmt.Sprintf("HTTP/1.1 %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n", status, len(body))
	return append([]byte(head), body...)
}

// answer picks the bytes to send for one request.
func (s *server) answer(req *http.Request) []byte {
	if req.Method == http.MethodGet && req.URL.Path == "/_canned/stats" {
		return s.statsResponse()
	}
	if req.Header.Get("Authorization") != "Bearer "+s.token {
		return s.unauthorized
	}
	key, err := routeKey(req.Method, req.URL.Path, req.URL.RawQuery)
	if err != nil {
		return simpleResponse("400 Bad Request", []byte(`{"code":"bad_query"}`))
	}
	if response, ok := s.routes[key]; ok {
		return response
	}
	return simpleResponse("404 Not Found", []byte(`{"code":"no_canned_response","message":"`+url.PathEscape(key)+`"}`))
}

// serve reads requests from one connection until the client closes it.
func (s *server) serve(conn net.Conn) {
	defer conn.Close()
	reader := bufio.NewReaderSize(conn, 16<<10)
	first := true
	for {
		req, err := http.ReadRequest(reader)
		if err != nil {
			if !errors.Is(err, io.EOF) && !errors.Is(err, net.ErrClosed) {
				_, _ = conn.Write(simpleResponse("400 Bad Request", []byte(`{"code":"unreadable_request"}`)))
			}
			return
		}
		// Drain any body so the next request starts where it should.
		if _, err := io.Copy(io.Discard, req.Body); err != nil {
			return
		}
		_ = req.Body.Close()
		if req.URL.Path != "/_canned/stats" {
			kind := "sdk"
			if req.Header.Get("User-Agent") == BareUserAgent {
				kind = "bare"
			}
			s.count(kind, first)
			first = false
		}
		if _, err := conn.Write(s.answer(req)); err != nil {
			return
		}
		if req.Close {
			return
		}
	}
}

func main() {
	routes := flag.String("routes", "", "the routes file (JSON)")
	host := flag.String("host", "127.0.0.1", "address to listen on")
	flag.Parse()
	if *routes == "" {
		fmt.Fprintln(os.Stderr, "usage: canned -routes routes.json [-host 127.0.0.1]")
		os.Exit(2)
	}
	s, err := load(*routes)
	if err != nil {
		log.Fatal(err)
	}
	listener, err := net.Listen("tcp", net.JoinHostPort(*host, "0"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("listening on http://%s\n", listener.Addr())
	for {
		conn, err := listener.Accept()
		if err != nil {
			log.Fatal(err)
		}
		go s.serve(conn)
	}
}
