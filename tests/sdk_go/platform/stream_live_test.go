package live

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"sync/atomic"
	"testing"

	platform "github.com/platform-example/platform-go"
)

// inviteToken is the token of the newest invitation mailed to address (the
// server's test outbox).
func inviteToken(t *testing.T, address string) string {
	t.Helper()
	resp, err := http.Get(root(t) + "/_platform/outbox?to=" + url.QueryEscape(address))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var box struct {
		Emails []struct {
			Kind  string `json:"kind"`
			Token string `json:"token"`
		} `json:"emails"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&box); err != nil {
		t.Fatal(err)
	}
	for _, mail := range box.Emails {
		if mail.Kind == "invite" {
			return mail.Token
		}
	}
	t.Fatalf("no invitation mailed to %s", address)
	return ""
}

// TestLiveStreamResumesAfterTheServerCutsIt runs against a server started
// with PLATFORM_STREAM_CUT_AFTER=2: every connection ends after two events,
// and the SDK's Stream must resume with nothing lost or repeated.
func TestLiveStreamResumesAfterTheServerCutsIt(t *testing.T) {
	ctx := context.Background()
	var refreshes atomic.Int32
	c := newClient(t, &refreshes)
	owner, err := c.Auth().Register(ctx, platform.OperationParams{Body: map[string]any{
		"email": email(t), "password": "correct horse", "displayName": "Streamer"}})
	if err != nil {
		t.Fatal(err)
	}
	scoped, err := c.WithOptions(platform.WithTenantID(owner.Memberships[0].TenantID))
	if err != nil {
		t.Fatal(err)
	}
	var joined []string
	for range 2 {
		address := email(t)
		if _, err := scoped.Tenants().InviteMember(ctx, platform.OperationParams{Body: map[string]any{
			"email": address, "role": "user"}}); err != nil {
			t.Fatal(err)
		}
		var others atomic.Int32
		member, err := newClient(t, &others).Auth().Register(ctx, platform.OperationParams{Body: map[string]any{
			"email": address, "password": "correct horse", "displayName": "Joiner",
			"invitationToken": inviteToken(t, address)}})
		if err != nil {
			t.Fatal(err)
		}
		joined = append(joined, member.User.ID)
	}
	who := map[string]string{"userId": joined[0]}
	if _, err := scoped.Tenants().ChangeMemberRole(ctx, platform.OperationParams{PathParams: who,
		Body: map[string]any{"role": "admin"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := scoped.Tenants().RemoveMember(ctx, platform.OperationParams{PathParams: who}); err != nil {
		t.Fatal(err)
	}
	want := []string{"member.added", "member.added", "member.role_changed", "member.removed"}
	var got, ids []string
	for event, err := range scoped.Events().StreamEvents(ctx, platform.OperationParams{}) {
		if err != nil {
			t.Fatalf("after %v: %v", got, err)
		}
		got = append(got, event.Event)
		ids = append(ids, event.ID)
		if len(got) == len(want) {
			break
		}
	}
	seen := map[string]bool{}
	for i, kind := range want {
		if got[i] != kind || seen[ids[i]] {
			t.Fatalf("events %v (ids %v), want %v once each", got, ids, want)
		}
		seen[ids[i]] = true
	}
}
