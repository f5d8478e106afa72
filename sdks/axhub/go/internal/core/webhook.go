package core

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// WebhookSignature is how an API signs the webhook deliveries it sends: the
// HMAC-SHA256 of the raw body, keyed with the whole secret (prefix included),
// in Encoding ("hex", lower case, or "base64") in Header.
type WebhookSignature struct {
	Header       string // "X-Webhook-Signature"
	Encoding     string // "hex" or "base64"
	SecretPrefix string // every secret starts with it: "whsec_"; "" for no rule
	TestHeader   string // marks test deliveries ("X-Webhook-Test: true"); "" for none
	EventField   string // the payload's field that names the event: "type"
	// Events makes the typed payload of each event name (core.New[Model]).
	Events map[string]func() any
}

// WebhookEvent is a verified delivery: its event name, whether it is a test
// delivery, and its payload decoded into the event's model (a pointer to
// it), or into plain JSON values for an event the API description does not
// name.
type WebhookEvent struct {
	Type    string
	Test    bool
	Payload any
	Raw     json.RawMessage
}

// WebhookVerificationError refuses a delivery: no signature, a signature
// that no secret gives, or a body that is not a JSON object.
type WebhookVerificationError struct {
	Reason string
}

// Error says why the delivery was refused.
func (e *WebhookVerificationError) Error() string {
	return "webhook refused: " + e.Reason
}

// VerifyWebhook checks the signature of one delivery over its raw body (as
// it came, before any parsing) with each secret, in constant time, and
// decodes the body into its event. Give one secret, or two while the secret
// is rotated (the old and the new). A bad signature is a
// *WebhookVerificationError; bad secrets are an *InvalidArgumentError.
func VerifyWebhook(spec *WebhookSignature, header http.Header, body []byte, secrets ...string) (*WebhookEvent, error) {
	if len(secrets) == 0 || len(secrets) > 2 {
		return nil, &InvalidArgumentError{Message: fmt.Sprintf("VerifyWebhook: give one secret, or two during a rotation (got %d)", len(secrets))}
	}
	for _, secret := range secrets {
		if secret == "" || !strings.HasPrefix(secret, spec.SecretPrefix) {
			return nil, &InvalidArgumentError{Message: fmt.Sprintf("VerifyWebhook: a webhook secret starts with %q", spec.SecretPrefix)}
		}
	}
	given := strings.TrimSpace(header.Get(spec.Header))
	if given == "" {
		return nil, &WebhookVerificationError{Reason: "no " + spec.Header + " header"}
	}
	matched := 0
	for _, secret := range secrets {
		mac := hmac.New(sha256.New, []byte(secret))
		mac.Write(body)
		sum := mac.Sum(nil)
		var expected string
		if spec.Encoding == "base64" {
			expected = base64.StdEncoding.EncodeToString(sum)
		} else {
			expected = hex.EncodeToString(sum)
		}
		// every secret is tried, so the time taken says nothing about which matched
		matched |= subtle.ConstantTimeCompare([]byte(expected), []byte(given))
	}
	if matched != 1 {
		return nil, &WebhookVerificationError{Reason: "the " + spec.Header + " signature matches no secret"}
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(body, &fields); err != nil || fields == nil {
		return nil, &WebhookVerificationError{Reason: "the body is not a JSON object"}
	}
	event := &WebhookEvent{Raw: json.RawMessage(body)}
	if spec.TestHeader != "" {
		event.Test = strings.EqualFold(strings.TrimSpace(header.Get(spec.TestHeader)), "true")
	}
	if raw, ok := fields[spec.EventField]; ok {
		_ = json.Unmarshal(raw, &event.Type) // a non-string event name is an unknown event
	}
	if newPayload, ok := spec.Events[event.Type]; ok && newPayload != nil {
		payload := newPayload()
		if err := json.Unmarshal(body, payload); err != nil {
			return nil, &WebhookVerificationError{Reason: fmt.Sprintf("the %s payload does not match its model: %v", event.Type, err)}
		}
		event.Payload = payload
		return event, nil
	}
	var plain any
	if err := json.Unmarshal(body, &plain); err != nil {
		return nil, &WebhookVerificationError{Reason: "the body is not a JSON object"}
	}
	event.Payload = plain
	return event, nil
}
