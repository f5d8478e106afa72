package live

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	platform "github.com/platform-example/platform-go"
)

type delivery struct {
	header http.Header
	body   []byte
}

func TestLiveWebhookDeliveryIsVerifiedWithTheHelper(t *testing.T) {
	ctx := context.Background()
	received := make(chan delivery, 4)
	receiver := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		received <- delivery{header: r.Header.Clone(), body: body}
		w.WriteHeader(http.StatusOK)
	}))
	defer receiver.Close()

	var refreshes atomic.Int32
	c := newClient(t, &refreshes)
	owner, err := c.Auth().Register(ctx, platform.OperationParams{Body: map[string]any{
		"email": email(t), "password": "correct horse", "displayName": "Hooks"}})
	if err != nil {
		t.Fatal(err)
	}
	scoped, err := c.WithOptions(platform.WithTenantID(owner.Memberships[0].TenantID))
	if err != nil {
		t.Fatal(err)
	}
	created, err := scoped.Webhooks().CreateWebhook(ctx, platform.OperationParams{Body: map[string]any{
		"name": "Go receiver", "url": receiver.URL, "events": []string{"member.added"}}})
	if err != nil {
		t.Fatal(err)
	}
	hookID := map[string]string{"webhookId": created.Webhook.ID}
	if _, err := scoped.Webhooks().TestWebhook(ctx, platform.OperationParams{PathParams: hookID}); err != nil {
		t.Fatal(err)
	}
	got := <-received // the test delivery is made before the call answers
	event, err := platform.VerifyWebhook(got.header, got.body, created.Secret)
	if err != nil {
		t.Fatalf("verify: %v", err)
	}
	payload, ok := event.Payload.(*platform.TenantCreatedEvent)
	if !ok || event.Type != "tenant.created" || !event.Test || payload.Data.Tenant.ID == "" {
		t.Fatalf("event: %+v payload %#v", event, event.Payload)
	}

	tampered := append([]byte(nil), got.body...)
	tampered[len(tampered)-2] ^= 1
	_, err = platform.VerifyWebhook(got.header, tampered, created.Secret)
	var refused *platform.WebhookVerificationError
	if !errors.As(err, &refused) {
		t.Fatalf("a tampered body: want *WebhookVerificationError, got %T %v", err, err)
	}

	rotated, err := scoped.Webhooks().RotateWebhookSecret(ctx, platform.OperationParams{PathParams: hookID})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := scoped.Webhooks().TestWebhook(ctx, platform.OperationParams{PathParams: hookID}); err != nil {
		t.Fatal(err)
	}
	next := <-received
	if _, err := platform.VerifyWebhook(next.header, next.body, created.Secret, rotated.Secret); err != nil {
		t.Fatalf("old and new secret during the rotation: %v", err)
	}
	if _, err := platform.VerifyWebhook(next.header, next.body, created.Secret); !errors.As(err, &refused) {
		t.Fatalf("the old secret alone no longer verifies: %v", err)
	}
}
