package paramsbodies

// Copied into the module generated from tests/generation/cases/params_bodies.yaml
// by tests/sdk_go/test_go_sdk.py: the text/event-stream operation ranges over
// events, by its method and by operationId.

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestStreamEventsByMethodAndByOperationID(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/events" || r.Header.Get("Accept") != "text/event-stream" {
			http.Error(w, `{"message":"wrong request"}`, http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "text/event-stream")
		io.WriteString(w, "event: tick\r\ndata: 1\r\n\r\nid: 9\ndata: {\"n\":2}\n\n")
	}))
	t.Cleanup(srv.Close)
	client, err := NewClient(WithBaseURL(srv.URL))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, events := range []func() []ServerSentEvent{
		func() []ServerSentEvent { return collect(t, client.Default().StreamEvents(ctx, OperationParams{})) },
		func() []ServerSentEvent { return collect(t, client.Stream(ctx, "streamEvents", OperationParams{})) },
	} {
		got := events()
		var n struct{ N int }
		if len(got) != 2 || got[0].Event != "tick" || got[0].Data != "1" || got[1].Event != "message" ||
			got[1].ID != "9" || got[1].JSON(&n) != nil || n.N != 2 {
			t.Fatalf("events %+v", got)
		}
	}
	var invalid *InvalidArgumentError
	if _, err := client.Request(ctx, "streamEvents", OperationParams{}); !errors.As(err, &invalid) {
		t.Fatalf("Request of a stream: %v", err)
	}
}

func collect(t *testing.T, seq func(func(ServerSentEvent, error) bool)) []ServerSentEvent {
	t.Helper()
	var out []ServerSentEvent
	for event, err := range seq {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, event)
	}
	return out
}
