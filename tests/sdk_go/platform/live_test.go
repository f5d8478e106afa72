// The Go SDK against the reference server's Platform API (started by
// tests/sdk_go/test_go_platform.py, which sets PLATFORM_LIVE_ROOT): tenants and
// sessions with refresh-token rotation, on the real wire.
package live

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/http"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	platform "github.com/platform-example/platform-go"
)

const (
	adminKey = "lsk_demoAdminKey0000000000000000000000000000000"
	userKey  = "lsk_demoUserKey00000000000000000000000000000000"
)

func root(t *testing.T) string {
	t.Helper()
	value := os.Getenv("PLATFORM_LIVE_ROOT")
	if value == "" {
		t.Fatal("PLATFORM_LIVE_ROOT is not set: run this through tests/sdk_go/test_go_platform.py")
	}
	return value
}

// advance moves the server's manual clock forward.
func advance(t *testing.T, seconds string) {
	t.Helper()
	resp, err := http.Post(root(t)+"/_admin/advance?seconds="+seconds, "application/json", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("advance: %d", resp.StatusCode)
	}
}

// newClient is a client of the server that counts the refresh calls it sends.
func newClient(t *testing.T, refreshes *atomic.Int32, opts ...platform.RequestOption) *platform.Client {
	t.Helper()
	hook := platform.WithRequestHook(func(r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/auth/refresh") {
			refreshes.Add(1)
		}
	})
	c, err := platform.NewClient(append([]platform.RequestOption{platform.WithBaseURL(root(t) + "/v1"), hook}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func email(t *testing.T) string {
	t.Helper()
	b := make([]byte, 4)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return "go-" + hex.EncodeToString(b) + "@example.com"
}

func TestLiveRegisterThenConcurrentCallsAfterExpiryRefreshOnce(t *testing.T) {
	ctx := context.Background()
	var refreshes atomic.Int32
	c := newClient(t, &refreshes)
	registered, err := c.Auth().Register(ctx, platform.OperationParams{Body: map[string]any{
		"email": email(t), "password": "correct horse", "displayName": "Gopher"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Session(); got.AccessToken != registered.AccessToken || got.RefreshToken != registered.RefreshToken {
		t.Fatalf("the register answer opens the session: %+v", got)
	}
	first := registered.RefreshToken
	advance(t, "901") // the server's access token expired; the client's clock does not know
	const calls = 10
	var wg sync.WaitGroup
	errs := make(chan error, calls)
	for range calls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := c.Auth().GetProfile(ctx, platform.OperationParams{})
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatalf("call after expiry: %v", err)
		}
	}
	if n := refreshes.Load(); n != 1 {
		t.Fatalf("refresh calls: %d, want 1", n)
	}
	rotated := c.Session()
	if rotated.RefreshToken == first || rotated.RefreshToken == "" {
		t.Fatalf("the rotated pair is stored: %+v", rotated)
	}

	// The old refresh token was revoked by the rotation: a client holding it
	// gets the authentication error, after one refresh attempt and no more.
	var stale atomic.Int32
	old := newClient(t, &stale, platform.WithSession("expired-access", first))
	_, err = old.Auth().GetProfile(ctx, platform.OperationParams{})
	var authErr *platform.AuthenticationError
	if !errors.As(err, &authErr) {
		t.Fatalf("revoked refresh token: want *AuthenticationError, got %T %v", err, err)
	}
	if n := stale.Load(); n != 1 {
		t.Fatalf("refresh calls with the revoked token: %d, want 1", n)
	}

	if _, err := c.Auth().Logout(ctx, platform.OperationParams{}); err != nil {
		t.Fatal(err)
	}
	if got := c.Session(); got != (platform.SessionTokens{}) {
		t.Fatalf("logout forgets the session: %+v", got)
	}
}

func TestLiveTenantHeaderOnlyWhereTheSpecSays(t *testing.T) {
	ctx := context.Background()
	var refreshes atomic.Int32
	user := newClient(t, &refreshes, platform.WithToken(userKey))
	memberships, err := user.Tenants().ListTenants(ctx, platform.OperationParams{})
	if err != nil {
		t.Fatal(err)
	}
	if len(memberships.Memberships) == 0 {
		t.Fatal("the demo user belongs to a tenant")
	}
	tenantID := memberships.Memberships[0].TenantID
	if _, err := user.Tenants().GetCurrentTenant(ctx, platform.OperationParams{}); err == nil {
		t.Fatal("a user key without a tenant is refused")
	}
	scoped, err := user.WithOptions(platform.WithTenantID(tenantID))
	if err != nil {
		t.Fatal(err)
	}
	tenant, err := scoped.Tenants().GetCurrentTenant(ctx, platform.OperationParams{})
	if err != nil {
		t.Fatal(err)
	}
	if tenant.ID != tenantID {
		t.Fatalf("tenant: %s, want %s", tenant.ID, tenantID)
	}
	// Sent only on tenant-scoped operations: listing tenants takes no header.
	var sent []string
	var mu sync.Mutex
	record := platform.WithRequestHook(func(r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		sent = append(sent, r.URL.Path+"="+r.Header.Get("X-Tenant-ID"))
	})
	if _, err := scoped.Tenants().ListTenants(ctx, platform.OperationParams{}, record); err != nil {
		t.Fatal(err)
	}
	if len(sent) != 1 || !strings.HasSuffix(sent[0], "/tenants=") {
		t.Fatalf("an unscoped operation sent the tenant: %v", sent)
	}
	admin := newClient(t, &refreshes, platform.WithToken(adminKey))
	if _, err := admin.Tenants().GetCurrentTenant(ctx, platform.OperationParams{}); err != nil {
		t.Fatalf("an admin key needs no tenant: %v", err)
	}
}
