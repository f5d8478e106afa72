package main

// What the APIs' drivers share, and what differs between them: how a client
// is built from the server's root URL (each API's base URL and other hosts)
// and a step's signing key.

import (
	"fmt"
	"net/http"
	"time"

	"github.com/axhub/axhub-go"
	"github.com/deplite/deplite-go"
	"github.com/platform-example/platform-go"
)

const clientTimeout = 30 * time.Second

// apiDriver runs the steps of one API's scenarios through its SDK.
type apiDriver interface {
	call(step object, token any) outcome
}

// drivers: every API's driver, built from its server's root URL.
var drivers = map[string]func(root string) apiDriver{
	"axhub":    newAxhubDriver,
	"deplite":  newDepliteDriver,
	"platform": newPlatformDriver,
}

// outcome is what one step's call gave, in neutral terms.
type outcome struct {
	result     any // the wire-shaped result (a success)
	err        error
	class      string // the neutral error class; "" when err is not an SDK error
	hasAPI     bool   // err carries a response
	status     int
	code       any
	retryAfter any // seconds, float64
	body       any // the wire-shaped error body
	bodyErr    error
	hasRaw     bool // a raw step's response
	rawStatus  int
	rawHeader  http.Header
}

type signingKey struct{ id, secret string }

func stepSigningKey(step object) *signingKey {
	m, ok := step["signingKey"].(object)
	if !ok {
		return nil
	}
	return &signingKey{id: text(m["keyId"]), secret: text(m["secret"])}
}

// clientKey names a credential set: one client each.
func clientKey(token any, key *signingKey) string {
	id := "\x00none"
	if tok, ok := token.(string); ok {
		id = "t:" + tok
	}
	if key != nil {
		id += "\x00" + key.id + "\x00" + key.secret
	}
	return id
}

func noSigning(api string, key *signingKey) error {
	if key != nil {
		return fmt.Errorf("%s's SDK signs no requests: a signingKey step is not for this API", api)
	}
	return nil
}

// AxHub: one host, the server's root.
func axhubClientOptions(root string, key *signingKey) ([]axhub.RequestOption, error) {
	return []axhub.RequestOption{axhub.WithBaseURL(root)}, noSigning("axhub", key)
}

// Deplite: the user API under /api, the agent host at the root; the agent's signing key.
func depliteClientOptions(root string, key *signingKey) ([]deplite.RequestOption, error) {
	opts := []deplite.RequestOption{deplite.WithBaseURL(root + "/api"), deplite.WithAgentBaseURL(root)}
	if key != nil {
		opts = append(opts, deplite.WithSigningKey(key.id, key.secret))
	}
	return opts, nil
}

// Platform: the API under /v1.
func platformClientOptions(root string, key *signingKey) ([]platform.RequestOption, error) {
	return []platform.RequestOption{platform.WithBaseURL(root + "/v1")}, noSigning("platform", key)
}
