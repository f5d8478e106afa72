package hosts

// Copied into the module generated from tests/sdk_go/hosts/openapi.yaml by
// tests/sdk_go/test_go_hosts.py: three hosts and a signature of its own shape
// (other headers, another canonical order and separator, base64, 24-byte
// nonces), all driven by the descriptors: nothing in the runtime knows them.

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

type seen struct {
	mu       sync.Mutex
	requests []*http.Request
	bodies   []string
}

func host(t *testing.T, s *seen, status int) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		s.mu.Lock()
		s.requests = append(s.requests, r.Clone(context.Background()))
		s.bodies = append(s.bodies, string(body))
		s.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = io.WriteString(w, `{"ok":true}`)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// expected is the signature of a request as the spec's hmacKey scheme defines it.
func expected(secret string, r *http.Request, body string) string {
	digest := sha256.Sum256([]byte(body))
	canonical := strings.Join([]string{r.Header.Get("X-When"), r.Method, r.URL.RequestURI(), hex.EncodeToString(digest[:]), r.Header.Get("X-Once")}, "|")
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(canonical))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

func TestEachOperationGoesToItsHostSignedAsItsSchemeSays(t *testing.T) {
	main, files, upload := &seen{}, &seen{}, &seen{}
	mainSrv, filesSrv, uploadSrv := host(t, main, 200), host(t, files, 200), host(t, upload, 201)
	t.Setenv("HOSTS_UPLOAD_BASE_URL", uploadSrv.URL)
	c, err := NewClient(WithBaseURL(mainSrv.URL+"/v1"), WithFilesBaseURL(filesSrv.URL+"/v2"), WithToken("tok"),
		WithSigningKey("k1", "sec"))
	if err != nil {
		t.Fatal(err)
	}
	if c.FilesBaseURL() != filesSrv.URL+"/v2" || c.UploadBaseURL() != uploadSrv.URL {
		t.Fatalf("hosts %q %q", c.FilesBaseURL(), c.UploadBaseURL())
	}
	ctx := context.Background()
	if _, err := c.Items().List(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Files().Get(ctx, "f 1", FilesGetParams{Q: Some("a b")}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Files().Uploads(ctx, FilesUploadsParams{Name: "n"}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Request(ctx, "getFile", OperationParams{PathParams: map[string]string{"fileId": "f2"}}); err != nil {
		t.Fatal(err)
	}
	m := main.requests[0]
	if m.URL.Path != "/v1/items" || m.Header.Get("Authorization") != "Bearer tok" || m.Header.Get("X-Mac") != "" {
		t.Fatalf("main: %s %v", m.URL, m.Header)
	}
	for i, r := range files.requests {
		want := []string{"/v2/files/f%201?q=a+b", "/v2/files/f2"}[i]
		if r.URL.RequestURI() != want || r.Header.Get("Authorization") != "" || r.Header.Get("X-Key") != "k1" {
			t.Fatalf("files %d: %s %v", i, r.URL.RequestURI(), r.Header)
		}
		if nonce, _ := hex.DecodeString(r.Header.Get("X-Once")); len(nonce) != 24 {
			t.Fatalf("nonce %q", r.Header.Get("X-Once"))
		}
		if r.Header.Get("X-Mac") != expected("sec", r, files.bodies[i]) {
			t.Fatalf("files %d: signature %q", i, r.Header.Get("X-Mac"))
		}
	}
	// Signature and bearer both accepted: both sent, side by side.
	u := upload.requests[0]
	if u.URL.Path != "/uploads" || u.Header.Get("Authorization") != "Bearer tok" || u.Header.Get("X-Mac") != expected("sec", u, upload.bodies[0]) {
		t.Fatalf("upload: %s %v", u.URL, u.Header)
	}
	if upload.bodies[0] != `{"name":"n"}` {
		t.Fatalf("upload body %q", upload.bodies[0])
	}
}

func TestTheSchemesSignerSignsByHand(t *testing.T) {
	signer := NewHmacKeySigner("k1", "sec")
	signer.Now = func() time.Time { return time.Unix(1700000000, 0) }
	signer.Nonce = func() (string, error) { return "00112233445566778899aabbccddeeff0011223344556677", nil }
	h, err := signer.Headers("post", "/uploads", []byte(`{"name":"n"}`))
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest("POST", "https://upload.example.com/uploads", nil)
	req.Header = h
	if h.Get("X-When") != "1700000000" || h.Get("X-Key") != "k1" || h.Get("X-Mac") != expected("sec", req, `{"name":"n"}`) {
		t.Fatalf("headers %v", h)
	}
}

func TestWithoutASigningKeyTheBearerStillGoesAndBadHostsAreRefused(t *testing.T) {
	_, err := NewClient(WithToken("tok"), WithUploadBaseURL("upload.example.com"))
	var invalid *InvalidArgumentError
	if !errors.As(err, &invalid) || !strings.Contains(err.Error(), "host upload") {
		t.Fatalf("bad host: %T %v", err, err)
	}
	t.Setenv("HOSTS_SIGNING_KEY_ID", "k1")
	if _, err := NewClient(WithToken("tok")); !errors.As(err, &invalid) || !strings.Contains(err.Error(), "HOSTS_SIGNING_SECRET") {
		t.Fatalf("half a key: %T %v", err, err)
	}
}
