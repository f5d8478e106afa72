package core

import (
	"context"
	"iter"
	"time"
)

// WaitOptions bound a waiter or a tail of the resource methods
// (client.Deployments().WaitFor(...), FollowLogs(...)). The zero value takes
// the defaults; the context bounds either as a whole.
type WaitOptions struct {
	// Interval is the pause between polls (default DefaultPollInterval for a
	// waiter, DefaultTailInterval for a tail).
	Interval time.Duration
	// Timeout is how long a waiter polls before it gives up with a
	// *WaiterTimeoutError (default DefaultWaitTimeout), and how long a tail
	// follows before its sequence ends (default: until the context is done).
	Timeout time.Duration
	// MaxPolls ends a waiter (with a *WaiterTimeoutError) or a tail after that
	// many polls; 0 sets no bound.
	MaxPolls int
	// Stop, when set, is asked before each poll after the first: true ends a
	// waiter with a *WaiterTimeoutError (Reason WaiterStopped) and ends a tail.
	Stop func() bool
}

// options checks w and turns it into the call options it stands for; a
// negative value is an *InvalidArgumentError naming the field.
func (w WaitOptions) options(op *Operation, tail bool) ([]RequestOption, error) {
	switch {
	case w.Interval < 0:
		return nil, invalidArgument(op, "WaitOptions.Interval: %s is negative", w.Interval)
	case w.Timeout < 0:
		return nil, invalidArgument(op, "WaitOptions.Timeout: %s is negative", w.Timeout)
	case w.MaxPolls < 0:
		return nil, invalidArgument(op, "WaitOptions.MaxPolls: %d is negative", w.MaxPolls)
	}
	timeout, stop := w.Timeout, w.Stop
	return []RequestOption{func(c *config) {
		if w.Interval > 0 {
			c.pollInterval, c.tailInterval = w.Interval, w.Interval
		}
		if timeout > 0 && tail {
			c.tailTimeout = timeout
		} else if timeout > 0 {
			c.waitTimeout = timeout
		}
		if w.MaxPolls > 0 {
			c.maxPolls = w.MaxPolls
		}
		if stop != nil {
			c.stop = stop
		}
	}}, nil
}

// WaitFor is Wait bounded by w (applied after opts, so that w wins).
func WaitFor[T any](ctx context.Context, c *Client, op *Operation, params OperationParams, w WaitOptions, opts []RequestOption) (T, error) {
	bounds, err := w.options(op, false)
	if err != nil {
		var zero T
		return zero, err
	}
	return Wait[T](ctx, c, op, params, append(append([]RequestOption(nil), opts...), bounds...))
}

// Follow is Tail bounded by w (applied after opts, so that w wins).
func Follow[T any](ctx context.Context, c *Client, op *Operation, params OperationParams, w WaitOptions, opts []RequestOption) iter.Seq2[T, error] {
	bounds, err := w.options(op, true)
	if err != nil {
		return failed[T](err)
	}
	return Tail[T](ctx, c, op, params, append(append([]RequestOption(nil), opts...), bounds...))
}
