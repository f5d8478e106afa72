package core

import (
	"context"
	"slices"
)

// Wait polls an operation until its waiter field holds a terminal value, and
// returns that last result. It gives up with a *WaiterTimeoutError after
// WithWaitTimeout (DefaultWaitTimeout), polling every WithPollInterval
// (DefaultPollInterval); the context can end it sooner. An error from a poll
// ends it at once. WithMaxPolls bounds the number of polls, and a stop
// callback (WaitOptions.Stop) is asked before each poll after the first;
// either ends it with a *WaiterTimeoutError holding the last result.
func Wait[T any](ctx context.Context, c *Client, op *Operation, params OperationParams, opts []RequestOption) (T, error) {
	var zero T
	w := op.Waiter
	if w == nil {
		return zero, invalidArgument(op, "the operation has no waiter")
	}
	cfg, err := c.callConfig(op, opts)
	if err != nil {
		return zero, err
	}
	deadline := cfg.clock.Now().Add(cfg.waitTimeout)
	for polls := 0; ; {
		raw, _, err := c.execute(ctx, op, params, opts)
		if err != nil {
			return zero, err
		}
		result, err := decodeResult[T](op, raw)
		if err != nil {
			return zero, err
		}
		p, err := readPage(raw)
		if err != nil {
			return zero, err
		}
		polls++
		state := p.text([]string{w.Field})
		if slices.Contains(w.Terminal, state) {
			return result, nil
		}
		gaveUp := func(reason string) error {
			return &WaiterTimeoutError{OperationID: op.ID, Field: w.Field, Value: state, Terminal: w.Terminal,
				Timeout: cfg.waitTimeout, Last: result, Reason: reason, Polls: polls}
		}
		remaining := deadline.Sub(cfg.clock.Now())
		switch {
		case remaining <= 0:
			return zero, gaveUp(WaiterTimedOut)
		case cfg.maxPolls > 0 && polls >= cfg.maxPolls:
			return zero, gaveUp(WaiterMaxPolls)
		}
		if err := cfg.clock.Sleep(ctx, min(cfg.pollInterval, remaining)); err != nil {
			return zero, err
		}
		if cfg.stop != nil && cfg.stop() {
			return zero, gaveUp(WaiterStopped)
		}
	}
}
