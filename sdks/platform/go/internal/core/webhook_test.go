package core

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"net/http"
	"testing"
)

type testTenantCreated struct {
	Type   string `json:"type"`
	Tenant struct {
		ID string `json:"id"`
	} `json:"tenant"`
}

var testWebhooks = &WebhookSignature{Header: "X-Webhook-Signature", Encoding: "hex", SecretPrefix: "whsec_",
	TestHeader: "X-Webhook-Test", EventField: "type",
	Events: map[string]func() any{"tenant.created": New[testTenantCreated]}}

func sign(secret string, body []byte, encoding string) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	if encoding == "base64" {
		return base64.StdEncoding.EncodeToString(mac.Sum(nil))
	}
	return hex.EncodeToString(mac.Sum(nil))
}

func signed(value string, test bool) http.Header {
	h := http.Header{}
	h.Set("X-Webhook-Signature", value)
	if test {
		h.Set("X-Webhook-Test", "true")
	}
	return h
}

func TestWebhookVerifiedAndDecodedIntoItsEvent(t *testing.T) {
	body := []byte(`{"type":"tenant.created","tenant":{"id":"ten_1"}}`)
	event, err := VerifyWebhook(testWebhooks, signed(sign("whsec_new", body, "hex"), true), body, "whsec_new")
	if err != nil {
		t.Fatal(err)
	}
	payload, ok := event.Payload.(*testTenantCreated)
	if !ok || event.Type != "tenant.created" || !event.Test || payload.Tenant.ID != "ten_1" {
		t.Fatalf("event: %+v payload %#v", event, event.Payload)
	}
	// An event the description does not name is kept as plain JSON.
	other := []byte(`{"type":"billing.paid","amount":3}`)
	event, err = VerifyWebhook(testWebhooks, signed(sign("whsec_new", other, "hex"), false), other, "whsec_new")
	if err != nil {
		t.Fatal(err)
	}
	if plain, ok := event.Payload.(map[string]any); !ok || plain["amount"] != float64(3) || event.Test {
		t.Fatalf("unknown event: %+v", event)
	}
}

func TestWebhookTwoSecretsDuringARotation(t *testing.T) {
	body := []byte(`{"type":"tenant.created","tenant":{"id":"ten_1"}}`)
	for _, secret := range []string{"whsec_old", "whsec_new"} {
		if _, err := VerifyWebhook(testWebhooks, signed(sign(secret, body, "hex"), false), body, "whsec_old", "whsec_new"); err != nil {
			t.Fatalf("signed with %s: %v", secret, err)
		}
	}
	base64Spec := *testWebhooks
	base64Spec.Encoding = "base64"
	if _, err := VerifyWebhook(&base64Spec, signed(sign("whsec_new", body, "base64"), false), body, "whsec_new"); err != nil {
		t.Fatalf("base64: %v", err)
	}
}

func TestWebhookAnythingElseIsRefused(t *testing.T) {
	body := []byte(`{"type":"tenant.created","tenant":{"id":"ten_1"}}`)
	good := sign("whsec_new", body, "hex")
	tampered := []byte(`{"type":"tenant.created","tenant":{"id":"ten_2"}}`)
	upper := []byte(good)
	for i, c := range upper {
		if c >= 'a' && c <= 'f' {
			upper[i] = c - 'a' + 'A'
		}
	}
	cases := map[string]struct {
		header http.Header
		body   []byte
	}{
		"tampered body":  {signed(good, false), tampered},
		"other secret":   {signed(sign("whsec_other", body, "hex"), false), body},
		"no header":      {http.Header{}, body},
		"truncated":      {signed(good[:20], false), body},
		"upper-case hex": {signed(string(upper), false), body},
		"not json":       {signed(sign("whsec_new", []byte("nope"), "hex"), false), []byte("nope")},
	}
	for name, c := range cases {
		_, err := VerifyWebhook(testWebhooks, c.header, c.body, "whsec_new")
		var refused *WebhookVerificationError
		if !errors.As(err, &refused) {
			t.Errorf("%s: want *WebhookVerificationError, got %T %v", name, err, err)
		}
	}
	for name, secrets := range map[string][]string{"none": nil, "three": {"whsec_a", "whsec_b", "whsec_c"},
		"no prefix": {"secret"}} {
		_, err := VerifyWebhook(testWebhooks, signed(good, false), body, secrets...)
		var invalid *InvalidArgumentError
		if !errors.As(err, &invalid) {
			t.Errorf("secrets %s: want *InvalidArgumentError, got %T %v", name, err, err)
		}
	}
}
