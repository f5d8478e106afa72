package surface

import (
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/axhub/axhub-go"
)

// TestErrorBodiesAreTyped: the spec declares Error for AxHub's error
// statuses; a friendly call's error carries it decoded, beside the status,
// code, message, request ID and headers.
func TestErrorBodiesAreTyped(t *testing.T) {
	f := newFakeAPI(t)
	f.on("GET", "/api/v1/apps/"+app+"/deployments/"+did, answer{status: 404,
		header: map[string]string{"X-Request-Id": "req-404"},
		body:   map[string]any{"statusCode": 404, "code": "deployment_not_found", "message": "no such deployment", "hint": "check the id"}})
	client := newClient(t, f)

	_, err := client.Deployments().Get(ctx, app, did)
	var notFound *axhub.NotFoundError
	if !errors.As(err, &notFound) || notFound.RequestID() != "req-404" || notFound.Header.Get("X-Request-Id") != "req-404" {
		t.Fatalf("want a NotFoundError with its request ID, got %v", err)
	}
	body, ok := axhub.ErrorBodyAs[*axhub.Error](err)
	if !ok {
		t.Fatalf("no typed body on %v", err)
	}
	if body.StatusCode != 404 || body.Code != "deployment_not_found" || body.Message != "no such deployment" ||
		string(body.ExtraFields["hint"]) != `"check the id"` {
		t.Fatalf("typed body: %+v", body)
	}
	if notFound.Declared != body || notFound.Code != body.Code || notFound.Message != body.Message {
		t.Fatalf("Declared %v, code %q, message %q", notFound.Declared, notFound.Code, notFound.Message)
	}
}

// TestRawResponsePerMethod: WithHTTPResponseInto after a friendly method's
// params gives the *http.Response beside the typed result, and the request
// ID of a successful call.
func TestRawResponsePerMethod(t *testing.T) {
	f := newFakeAPI(t)
	f.on("GET", "/api/v1/apps/"+app+"/deployments/"+did, answer{status: 200,
		header: map[string]string{"X-Request-Id": "req-ok"}, body: deploymentJSON})
	client := newClient(t, f)

	var resp *http.Response
	var raw *axhub.RawResponse
	deployment, err := client.Deployments().Get(ctx, app, did, axhub.WithHTTPResponseInto(&resp), axhub.WithResponseInto(&raw))
	if err != nil || deployment.ID != did {
		t.Fatalf("%v %v", deployment, err)
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != 200 || !strings.Contains(string(body), did) {
		t.Fatalf("raw response: %d %q %v", resp.StatusCode, body, err)
	}
	if resp.Header.Get("X-Request-Id") != "req-ok" || raw.RequestID() != "req-ok" {
		t.Fatalf("request id: %q %q", resp.Header.Get("X-Request-Id"), raw.RequestID())
	}
}
