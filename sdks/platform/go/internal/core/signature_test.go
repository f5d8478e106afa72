package core

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
)

// agentSignature is the request signature of Deplite's agent API.
var agentSignature = &RequestSignature{
	Algorithm: "hmac-sha256", KeyIDHeader: "X-Agent-Id", TimestampHeader: "X-Timestamp",
	NonceHeader: "X-Nonce", SignatureHeader: "X-Signature",
	Canonical: []string{SignMethod, SignTarget, SignTimestamp, SignNonce, SignBodySHA256},
	Separator: "\n", Encoding: "hex", NonceBytes: 16,
}

func fixedSigner(sig *RequestSignature) *RequestSigner {
	return &RequestSigner{
		Signature: sig, KeyID: "agt_1", Secret: "ags_test_secret",
		Now:   func() time.Time { return time.Unix(1700000000, 0) },
		Nonce: func() (string, error) { return "00112233445566778899aabbccddeeff", nil },
	}
}

// The vectors every runtime reproduces.
func TestSignatureVectors(t *testing.T) {
	body := []byte(`{"status":"success","exitCode":0}`)
	h, err := fixedSigner(agentSignature).Headers("POST", "/agent/jobs/job_1/result?x=1", body)
	if err != nil {
		t.Fatal(err)
	}
	if got := h.Get("X-Signature"); got != "9f4e429577a950aa381b15a00e191ba85e2faf95a1b989fd5f1ff0d775e0a1f6" {
		t.Fatalf("POST hex: %s", got)
	}
	if h.Get("X-Agent-Id") != "agt_1" || h.Get("X-Timestamp") != "1700000000" || h.Get("X-Nonce") != "00112233445566778899aabbccddeeff" {
		t.Fatalf("headers %v", h)
	}
	b64 := *agentSignature
	b64.Encoding = "base64"
	h, err = fixedSigner(&b64).Headers("POST", "/agent/jobs/job_1/result?x=1", body)
	if err != nil || h.Get("X-Signature") != "n05ClXepUKo4GxWgDhkbqF4vr5WhuYn9Xx/w13XgofY=" {
		t.Fatalf("POST base64: %v %v", h.Get("X-Signature"), err)
	}
	h, err = fixedSigner(agentSignature).Headers("get", "/agent/stream", nil)
	if err != nil || h.Get("X-Signature") != "86ad7ec66cd0e160e5f79a19cb087817b1e253a22d3d152ca5c175b5b1a12d99" {
		t.Fatalf("GET hex: %v %v", h.Get("X-Signature"), err)
	}
}

func TestSignerRefusesAMissingKeyAndMakesFreshNonces(t *testing.T) {
	_, err := (&RequestSigner{Signature: agentSignature, KeyID: "agt_1"}).Headers("GET", "/", nil)
	var invalid *InvalidArgumentError
	if !errors.As(err, &invalid) || !strings.Contains(invalid.Message, "both") {
		t.Fatalf("%T %v", err, err)
	}
	signer := &RequestSigner{Signature: agentSignature, KeyID: "agt_1", Secret: "s"}
	first, _ := signer.Headers("GET", "/", nil)
	second, _ := signer.Headers("GET", "/", nil)
	if len(first.Get("X-Nonce")) != 32 || first.Get("X-Nonce") == second.Get("X-Nonce") {
		t.Fatalf("nonces %q %q", first.Get("X-Nonce"), second.Get("X-Nonce"))
	}
}

var (
	signedScheme = SecurityScheme{Kind: SchemeAPIKey, In: InHeader, Name: "X-Signature", Signature: agentSignature}
	bearerScheme = SecurityScheme{Kind: SchemeHTTP, Scheme: "bearer"}
	opAgentPost  = &Operation{ID: "agentPost", Method: "POST", Path: "/agent/jobs/{id}/result", Host: "agent",
		Params:      []Param{{Name: "id", In: InPath, Required: true, Style: "simple"}, {Name: "x", In: InQuery, Style: "form", Explode: true}},
		ContentType: "application/json", Responses: []Response{{Status: "200", Kind: ResponseJSON, New: New[map[string]any]}},
		Security: []SecurityScheme{signedScheme}}
	opUserGet = &Operation{ID: "userGet", Method: "GET", Path: "/jobs",
		Responses: []Response{{Status: "200", Kind: ResponseJSON, New: New[map[string]any]}},
		Security:  []SecurityScheme{bearerScheme}}
	opEnroll = &Operation{ID: "enroll", Method: "POST", Path: "/agent/enroll", Host: "agent",
		Responses: []Response{{Status: "200", Kind: ResponseJSON, New: New[map[string]any]}},
		Security:  []SecurityScheme{bearerScheme}}
)

func signedInfo(baseURL string) Info {
	return Info{Name: "testsdk", Version: "1", BaseURL: baseURL, Operations: []*Operation{opAgentPost, opUserGet, opEnroll},
		Secured: true, EnvPrefix: "TESTSDK", Signed: true,
		Hosts: []Host{{Key: "agent", BaseURL: "https://agent.example.invalid", Option: "WithAgentBaseURL"}}}
}

// verify recomputes the signature of a recorded request from its own headers.
func verify(t *testing.T, r recorded, secret string) {
	t.Helper()
	target := r.Path
	if r.Query != "" {
		target += "?" + r.Query
	}
	digest := sha256.Sum256(r.Body)
	canonical := strings.Join([]string{r.Method, target, r.Header.Get("X-Timestamp"), r.Header.Get("X-Nonce"), hex.EncodeToString(digest[:])}, "\n")
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(canonical))
	if want := hex.EncodeToString(mac.Sum(nil)); r.Header.Get("X-Signature") != want {
		t.Fatalf("signature %q, want %q over %q", r.Header.Get("X-Signature"), want, canonical)
	}
}

func TestHostsRouteOperationsAndEveryAttemptIsSignedAfresh(t *testing.T) {
	user := newServer(t, reply{status: 200, body: `{}`})
	agent := newServer(t, reply{status: 503, body: `{}`}, reply{status: 200, body: `{"ok":true}`})
	clock := newFakeClock()
	start := clock.Now()
	c, err := NewClient(signedInfo(user.srv.URL+"/api"), WithHostBaseURL("agent", agent.srv.URL+"/"),
		WithToken("tok_owner"), WithSigningKey("agt_1", "ags_secret"), WithClock(clock), WithJitter(func() float64 { return 0 }))
	if err != nil {
		t.Fatal(err)
	}
	if c.HostBaseURL("agent") != agent.srv.URL || c.BaseURL() != user.srv.URL+"/api" {
		t.Fatalf("hosts %q %q", c.HostBaseURL("agent"), c.BaseURL())
	}
	params := OperationParams{PathParams: map[string]any{"id": "job 1"}, Query: map[string]any{"x": 1},
		Body: map[string]any{"status": "success", "exitCode": 0}}
	if _, err := Call[map[string]any](context.Background(), c, opAgentPost, params, nil); err != nil {
		t.Fatal(err)
	}
	attempts := agent.seen()
	if len(attempts) != 2 {
		t.Fatalf("%d attempts", len(attempts))
	}
	for _, a := range attempts {
		if a.Path != "/agent/jobs/job%201/result" || a.Query != "x=1" {
			t.Fatalf("sent to %s?%s", a.Path, a.Query)
		}
		if a.Header.Get("Authorization") != "" || a.Header.Get("X-Agent-Id") != "agt_1" {
			t.Fatalf("headers %v", a.Header)
		}
		verify(t, a, "ags_secret")
	}
	if attempts[0].Header.Get("X-Nonce") == attempts[1].Header.Get("X-Nonce") {
		t.Fatal("a retry reused the nonce")
	}
	for i, a := range attempts { // the client's clock gives the timestamp
		ts, _ := strconv.ParseInt(a.Header.Get("X-Timestamp"), 10, 64)
		if ts != start.Unix() && ts != clock.Now().Unix() {
			t.Fatalf("attempt %d: timestamp %d, the clock went from %v to %v", i, ts, start, clock.Now())
		}
	}

	// The user operation goes to the base URL with the bearer token, unsigned.
	if _, err := Call[map[string]any](context.Background(), c, opUserGet, OperationParams{}, nil); err != nil {
		t.Fatal(err)
	}
	got := user.seen()[0]
	if got.Path != "/api/jobs" || got.Header.Get("Authorization") != "Bearer tok_owner" || got.Header.Get("X-Signature") != "" {
		t.Fatalf("user call %s %v", got.Path, got.Header)
	}
	// A bearer operation of the agent host: the token, no signature.
	if _, err := Call[map[string]any](context.Background(), c, opEnroll, OperationParams{}, nil); err != nil {
		t.Fatal(err)
	}
	enroll := agent.seen()[2]
	if enroll.Path != "/agent/enroll" || enroll.Header.Get("Authorization") != "Bearer tok_owner" || enroll.Header.Get("X-Signature") != "" {
		t.Fatalf("enroll %s %v", enroll.Path, enroll.Header)
	}
}

func TestSigningKeyAndHostComeFromTheEnvironment(t *testing.T) {
	agent := newServer(t, reply{status: 200, body: `{}`})
	t.Setenv("TESTSDK_AGENT_BASE_URL", agent.srv.URL)
	t.Setenv("TESTSDK_SIGNING_KEY_ID", "agt_env")
	t.Setenv("TESTSDK_SIGNING_SECRET", "secret_env")
	var logs bytes.Buffer
	saved := logOutput
	logOutput = &logs
	t.Cleanup(func() { logOutput = saved })
	t.Setenv("TESTSDK_LOG", "debug")
	c, err := NewClient(signedInfo("http://127.0.0.1:1"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Call[map[string]any](context.Background(), c, opAgentPost, OperationParams{PathParams: map[string]any{"id": "j"}}, nil); err != nil {
		t.Fatal(err)
	}
	got := agent.seen()[0]
	if got.Header.Get("X-Agent-Id") != "agt_env" {
		t.Fatalf("headers %v", got.Header)
	}
	verify(t, got, "secret_env")
	if strings.Contains(logs.String(), "secret_env") || strings.Contains(logs.String(), got.Header.Get("X-Signature")) {
		t.Fatalf("the debug log shows the secret or the signature:\n%s", logs.String())
	}
	if !strings.Contains(logs.String(), "agt_env") {
		t.Fatalf("the debug log does not show the request:\n%s", logs.String())
	}
}

func TestBadHostsAndHalfSigningKeysAreRefusedWhenBuilt(t *testing.T) {
	cases := map[string]struct {
		env  map[string]string
		opts []RequestOption
		want string
	}{
		"host from env":         {map[string]string{"TESTSDK_AGENT_BASE_URL": "localhost:9"}, nil, "TESTSDK_AGENT_BASE_URL"},
		"host option":           {nil, []RequestOption{WithHostBaseURL("agent", "ftp://x")}, "host agent"},
		"unknown host":          {nil, []RequestOption{WithHostBaseURL("files", "http://x")}, `no host "files"`},
		"half a key":            {nil, []RequestOption{WithSigningKey("agt_1", "")}, "WithSigningKey"},
		"half a key in the env": {map[string]string{"TESTSDK_SIGNING_SECRET": "s"}, nil, "TESTSDK_SIGNING_KEY_ID"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			for k, v := range tc.env {
				t.Setenv(k, v)
			}
			_, err := NewClient(signedInfo("http://127.0.0.1:1"), tc.opts...)
			var invalid *InvalidArgumentError
			if !errors.As(err, &invalid) || !strings.Contains(invalid.Message, tc.want) {
				t.Fatalf("%T %v", err, err)
			}
		})
	}
	info := signedInfo("http://127.0.0.1:1")
	info.Hosts[0].BaseURL = ""
	_, err := NewClient(info)
	var invalid *InvalidArgumentError
	if !errors.As(err, &invalid) || !strings.Contains(invalid.Message, "WithAgentBaseURL") {
		t.Fatalf("no default host: %T %v", err, err)
	}
}

func TestWithoutASigningKeyNothingIsSigned(t *testing.T) {
	agent := newServer(t, reply{status: 401, body: `{"code":"invalid_signature","message":"no"}`})
	c, err := NewClient(signedInfo("http://127.0.0.1:1"), WithHostBaseURL("agent", agent.srv.URL), WithSigningKey("", ""))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Call[map[string]any](context.Background(), c, opAgentPost, OperationParams{PathParams: map[string]any{"id": "j"}}, nil)
	var auth *AuthenticationError
	if !errors.As(err, &auth) || agent.seen()[0].Header.Get("X-Signature") != "" {
		t.Fatalf("%T %v %v", err, err, agent.seen()[0].Header)
	}
}

// RequestSigner is a Signer too: a request built by hand is signed over its own target.
func TestRequestSignerSignsARequestByHand(t *testing.T) {
	req, _ := http.NewRequest("POST", "https://api.example.invalid/agent/jobs/job_1/result?x=1", nil)
	if err := fixedSigner(agentSignature).Sign(req, []byte(`{"status":"success","exitCode":0}`)); err != nil {
		t.Fatal(err)
	}
	if req.Header.Get("X-Signature") != "9f4e429577a950aa381b15a00e191ba85e2faf95a1b989fd5f1ff0d775e0a1f6" {
		t.Fatalf("headers %v", req.Header)
	}
}
