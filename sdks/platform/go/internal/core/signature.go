package core

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// The parts a request signature can cover (RequestSignature.Canonical).
const (
	SignMethod     = "method"     // the method in upper case
	SignTarget     = "target"     // the request target as sent: path and query
	SignTimestamp  = "timestamp"  // Unix seconds
	SignNonce      = "nonce"      // NonceBytes random bytes in hex
	SignBodySHA256 = "bodySha256" // the lower-case hex SHA-256 of the body bytes
)

// RequestSignature describes an HMAC request signature a client computes
// itself (the API description's x-sdkgen-signature on a security scheme).
// For each request it takes the time and a fresh nonce, joins the Canonical
// parts with Separator, and sends the HMAC of that text (keyed with the
// secret, in Encoding) with the key id, timestamp and nonce in their headers.
type RequestSignature struct {
	Algorithm       string // "hmac-sha256"
	KeyIDHeader     string
	TimestampHeader string
	NonceHeader     string
	SignatureHeader string
	Canonical       []string // SignMethod, SignTarget, ...
	Separator       string
	Encoding        string // "hex" or "base64"
	NonceBytes      int
}

// RequestSigner signs requests with one key id and secret the way a
// RequestSignature says. A client given a signing key signs every attempt of
// the operations that accept the scheme itself; RequestSigner is the same
// code for signing by hand. Now and Nonce may be replaced (for tests); nil
// takes the system clock and crypto/rand.
type RequestSigner struct {
	Signature *RequestSignature
	KeyID     string
	Secret    string
	Now       func() time.Time
	Nonce     func() (string, error)
}

// Headers returns the headers that sign a request: method, target (the path
// and query exactly as sent, such as "/agent/jobs/1/result?x=1") and the body
// bytes (nil for none).
func (s *RequestSigner) Headers(method, target string, body []byte) (http.Header, error) {
	if s == nil || s.Signature == nil {
		return nil, &InvalidArgumentError{Message: "RequestSigner: no signature scheme"}
	}
	if s.KeyID == "" || s.Secret == "" {
		return nil, &InvalidArgumentError{Message: "RequestSigner: the key id and the secret must both be given"}
	}
	now := time.Now
	if s.Now != nil {
		now = s.Now
	}
	nonce, err := s.nonce()
	if err != nil {
		return nil, err
	}
	timestamp := strconv.FormatInt(now().Unix(), 10)
	signature, err := s.Signature.compute(s.Secret, method, target, timestamp, nonce, body)
	if err != nil {
		return nil, err
	}
	h := http.Header{}
	h.Set(s.Signature.KeyIDHeader, s.KeyID)
	h.Set(s.Signature.TimestampHeader, timestamp)
	h.Set(s.Signature.NonceHeader, nonce)
	h.Set(s.Signature.SignatureHeader, signature)
	return h, nil
}

// Sign sets the signature headers on req, whose body is body (nil for none).
// The target signed is req.URL's path and query as net/http sends them. It
// makes RequestSigner a Signer (WithSigner).
func (s *RequestSigner) Sign(req *http.Request, body []byte) error {
	headers, err := s.Headers(req.Method, req.URL.RequestURI(), body)
	if err != nil {
		return err
	}
	for name, values := range headers {
		req.Header[name] = values
	}
	return nil
}

func (s *RequestSigner) nonce() (string, error) {
	if s.Nonce != nil {
		return s.Nonce()
	}
	size := max(s.Signature.NonceBytes, 16)
	b := make([]byte, size)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("RequestSigner: no random nonce: %w", err)
	}
	return hex.EncodeToString(b), nil
}

// compute is the signature of one request in the scheme's encoding.
func (sig *RequestSignature) compute(secret, method, target, timestamp, nonce string, body []byte) (string, error) {
	if !strings.EqualFold(sig.Algorithm, "hmac-sha256") {
		return "", &InvalidArgumentError{Message: fmt.Sprintf("RequestSigner: algorithm %q is not supported (hmac-sha256 is)", sig.Algorithm)}
	}
	digest := sha256.Sum256(body)
	parts := make([]string, 0, len(sig.Canonical))
	for _, part := range sig.Canonical {
		switch part {
		case SignMethod:
			parts = append(parts, strings.ToUpper(method))
		case SignTarget:
			parts = append(parts, target)
		case SignTimestamp:
			parts = append(parts, timestamp)
		case SignNonce:
			parts = append(parts, nonce)
		case SignBodySHA256:
			parts = append(parts, hex.EncodeToString(digest[:]))
		default:
			return "", &InvalidArgumentError{Message: fmt.Sprintf("RequestSigner: unknown canonical part %q", part)}
		}
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(strings.Join(parts, sig.Separator)))
	sum := mac.Sum(nil)
	switch sig.Encoding {
	case "", "hex":
		return hex.EncodeToString(sum), nil
	case "base64":
		return base64.StdEncoding.EncodeToString(sum), nil
	}
	return "", &InvalidArgumentError{Message: fmt.Sprintf("RequestSigner: encoding %q is not hex or base64", sig.Encoding)}
}
