package main

// The driver of one API's Go SDK. sdk_deplite.go and sdk_platform.go are this
// file with the package name replaced (test_contract_go.py checks they stay so);
// what differs between the APIs is in clients.go.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/deplite/deplite-go"
)

type depliteDriver struct {
	root    string
	clients map[string]*deplite.Client
}

func newDepliteDriver(root string) apiDriver {
	return &depliteDriver{root: root, clients: map[string]*deplite.Client{}}
}

// client is the client of one credential set (a token, nil: no Authorization;
// a signing key), 2 retries, 30 s.
func (d *depliteDriver) client(token any, key *signingKey) (*deplite.Client, error) {
	tok, _ := token.(string)
	id := clientKey(token, key)
	if c, ok := d.clients[id]; ok {
		return c, nil
	}
	opts := []deplite.RequestOption{deplite.WithToken(tok), deplite.WithMaxRetries(2), deplite.WithTimeout(clientTimeout)}
	more, err := depliteClientOptions(d.root, key)
	if err != nil {
		return nil, err
	}
	c, err := deplite.NewClient(append(opts, more...)...)
	if err != nil {
		return nil, err
	}
	d.clients[id] = c
	return c, nil
}

// depliteOptions are the step's per-call options and headers.
func depliteOptions(step object) []deplite.RequestOption {
	var opts []deplite.RequestOption
	if o, ok := step["options"].(object); ok {
		if v, ok := o["maxRetries"].(float64); ok {
			opts = append(opts, deplite.WithMaxRetries(int(v)))
		}
		if v, ok := o["timeoutSeconds"]; ok {
			opts = append(opts, deplite.WithTimeout(seconds(v)))
		}
		if v, ok := o["idempotencyKey"]; ok {
			opts = append(opts, deplite.WithIdempotencyKey(text(v)))
		}
	}
	if h, ok := step["headers"].(object); ok {
		for _, name := range sortedKeys(h) {
			opts = append(opts, deplite.WithHeader(name, text(h[name])))
		}
	}
	return opts
}

func depliteParams(step object) (deplite.OperationParams, error) {
	var p deplite.OperationParams
	if v, ok := step["pathParams"].(object); ok {
		p.PathParams = map[string]any(v)
	}
	if v, ok := step["query"].(object); ok {
		p.Query = map[string]any(v)
	}
	if body, ok := step["body"]; ok && body != nil {
		data, err := json.Marshal(body)
		if err != nil {
			return p, err
		}
		p.Body = json.RawMessage(data)
	}
	return p, nil
}

// call runs one step through the SDK.
func (d *depliteDriver) call(step object, token any) outcome {
	out := d.invoke(step, token)
	if out.err != nil {
		out.class = depliteErrorClass(out.err)
		var apiErr *deplite.APIError
		if errors.As(out.err, &apiErr) {
			out.hasAPI = true
			out.status = apiErr.StatusCode
			if apiErr.Code != "" {
				out.code = apiErr.Code
			}
			if after, ok := apiErr.RetryAfter.Get(); ok {
				out.retryAfter = after.Seconds()
			}
			out.body, out.bodyErr = wire(apiErr.Body)
		}
	}
	return out
}

func (d *depliteDriver) invoke(step object, token any) outcome {
	client, err := d.client(token, stepSigningKey(step))
	if err != nil {
		return outcome{err: err}
	}
	op := step["operation"].(string)
	p, err := depliteParams(step)
	if err != nil {
		return outcome{err: err}
	}
	opts := depliteOptions(step)
	hopts, _ := step["helperOptions"].(object)
	get := func(key string, def float64) float64 {
		if v, ok := hopts[key].(float64); ok {
			return v
		}
		return def
	}
	ctx := context.Background()
	helper, _ := step["helper"].(string)
	switch helper {
	case "":
		if step["raw"] == true {
			var raw *deplite.RawResponse
			result, err := client.Request(ctx, op, p, append(opts, deplite.WithResponseInto(&raw))...)
			out := outcome{err: err}
			if raw != nil {
				out.hasRaw, out.rawStatus, out.rawHeader = true, raw.StatusCode, raw.Header
			}
			if err == nil {
				out.result, out.err = wire(result)
			}
			return out
		}
		result, err := client.Request(ctx, op, p, opts...)
		if err != nil {
			return outcome{err: err}
		}
		w, err := wire(result)
		return outcome{result: w, err: err}
	case "paginate":
		items := []any{}
		for item, err := range client.Iterate(ctx, op, p, opts...) {
			if err != nil {
				return outcome{err: err}
			}
			w, err := wire(item)
			if err != nil {
				return outcome{err: err}
			}
			items = append(items, w)
		}
		return outcome{result: items}
	case "wait":
		waitOpts := append([]deplite.RequestOption{
			deplite.WithWaitTimeout(seconds(get("timeoutSeconds", defaultWaitTimeout))),
			deplite.WithPollInterval(seconds(get("intervalSeconds", defaultWaitPoll))),
		}, opts...)
		result, err := client.Wait(ctx, op, p, waitOpts...)
		if err != nil {
			return outcome{err: err}
		}
		w, err := wire(result)
		return outcome{result: w, err: err}
	case "tail":
		take := -1
		if v, ok := hopts["take"].(float64); ok {
			take = int(v)
		}
		tctx, cancel := context.WithTimeout(ctx, seconds(get("timeoutSeconds", defaultTailTimeout)))
		defer cancel()
		tailOpts := append([]deplite.RequestOption{deplite.WithPollInterval(seconds(get("intervalSeconds", defaultTailPoll)))}, opts...)
		items := []any{}
		if take == 0 {
			return outcome{result: items}
		}
		for item, err := range client.Tail(tctx, op, p, tailOpts...) {
			if err != nil {
				if tctx.Err() != nil {
					break // the time is up: what arrived so far
				}
				return outcome{err: err}
			}
			w, err := wire(item)
			if err != nil {
				return outcome{err: err}
			}
			items = append(items, w)
			if take > 0 && len(items) >= take {
				break
			}
		}
		return outcome{result: items}
	}
	return outcome{err: fmt.Errorf("unknown helper %q", helper)}
}

// depliteErrorClass is the neutral name of an SDK error, most specific first; "" for others.
func depliteErrorClass(err error) string {
	var (
		timeout    *deplite.TimeoutError
		connection *deplite.ConnectionError
		badRequest *deplite.BadRequestError
		auth       *deplite.AuthenticationError
		forbidden  *deplite.PermissionDeniedError
		notFound   *deplite.NotFoundError
		conflict   *deplite.ConflictError
		failed     *deplite.PreconditionFailedError
		invalid    *deplite.UnprocessableEntityError
		required   *deplite.PreconditionRequiredError
		rateLimit  *deplite.RateLimitError
		client     *deplite.ClientError
		server     *deplite.ServerError
		apiErr     *deplite.APIError
	)
	switch {
	case errors.As(err, &timeout):
		return "Timeout"
	case errors.As(err, &connection):
		return "Connection"
	case errors.As(err, &badRequest):
		return "BadRequest"
	case errors.As(err, &auth):
		return "Authentication"
	case errors.As(err, &forbidden):
		return "PermissionDenied"
	case errors.As(err, &notFound):
		return "NotFound"
	case errors.As(err, &conflict):
		return "Conflict"
	case errors.As(err, &failed):
		return "PreconditionFailed"
	case errors.As(err, &invalid):
		return "UnprocessableEntity"
	case errors.As(err, &required):
		return "PreconditionRequired"
	case errors.As(err, &rateLimit):
		return "RateLimit"
	case errors.As(err, &server):
		return "Server"
	case errors.As(err, &client):
		return "Client"
	case errors.As(err, &apiErr):
		return fmt.Sprintf("Other(%T)", err)
	}
	return ""
}
