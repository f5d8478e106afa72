package core

import (
	"context"
	"encoding/json"
	"iter"
	"time"
)

// Tail follows an operation forward: it sets the tail parameter (for logs,
// direction=forward), yields every item of each page, passes the page's next
// cursor to the next poll, and waits WithPollInterval (DefaultTailInterval)
// after a poll that found nothing more to fetch at once. It polls again
// immediately when the page says has_more or came back full.
//
// It runs until the loop stops, the context is done (the sequence then ends
// with the context's error), WithMaxPolls polls were made, or (from
// WaitOptions) its Timeout passed or its Stop callback, asked before each poll
// after the first, said so; those end the sequence without an error.
func Tail[T any](ctx context.Context, c *Client, op *Operation, params OperationParams, opts []RequestOption) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var zero T
		t, pg := op.Tail, op.Pagination
		if t == nil || pg == nil || pg.Style != "cursor" {
			yield(zero, invalidArgument(op, "the operation cannot be tailed"))
			return
		}
		cfg, err := c.callConfig(op, opts)
		if err != nil {
			yield(zero, err)
			return
		}
		query, err := valuesOf(op, "Query", params.Query)
		if err != nil {
			yield(zero, err)
			return
		}
		query[t.Param] = t.Value
		var deadline time.Time
		if cfg.tailTimeout > 0 {
			deadline = cfg.clock.Now().Add(cfg.tailTimeout)
		}
		limit, hasLimit := int64(0), false
		if pg.SizeParam != "" {
			limit, hasLimit = asInt(query[pg.SizeParam])
		}
		for polls := 0; cfg.maxPolls == 0 || polls < cfg.maxPolls; {
			if polls > 0 && ((cfg.stop != nil && cfg.stop()) || (!deadline.IsZero() && !cfg.clock.Now().Before(deadline))) {
				return
			}
			params.Query = query
			raw, _, err := c.execute(ctx, op, params, opts)
			if err != nil {
				yield(zero, err)
				return
			}
			polls++
			p, err := readPage(raw)
			if err != nil {
				yield(zero, err)
				return
			}
			items := p.items(pg.Items)
			for _, item := range items {
				var v T
				if err := json.Unmarshal(item, &v); err != nil {
					yield(zero, raw.decodeError(err))
					return
				}
				if !yield(v, nil) {
					return
				}
			}
			if cursor := p.text(pg.Next); cursor != "" && pg.Param != "" {
				next := make(map[string]any, len(query))
				for k, v := range query {
					next[k] = v
				}
				next[pg.Param] = cursor
				query = next
			}
			hasMore, _ := p.flag(pg.HasMore)
			more := len(items) > 0 && (hasMore || (hasLimit && limit > 0 && int64(len(items)) >= limit))
			if more || (cfg.maxPolls > 0 && polls >= cfg.maxPolls) {
				continue
			}
			pause := cfg.tailInterval
			if !deadline.IsZero() {
				remaining := deadline.Sub(cfg.clock.Now())
				if remaining <= 0 {
					return
				}
				pause = min(pause, remaining)
			}
			if err := cfg.clock.Sleep(ctx, pause); err != nil {
				yield(zero, err)
				return
			}
			if !deadline.IsZero() && !cfg.clock.Now().Before(deadline) {
				return
			}
		}
	}
}
