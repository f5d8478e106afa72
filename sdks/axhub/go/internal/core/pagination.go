package core

import (
	"context"
	"encoding/json"
	"iter"
	"math"
	"strconv"
	"strings"
)

// page is one page of a paginated response, read by wire names.
type page map[string]json.RawMessage

func readPage(raw *RawResponse) (page, error) {
	var p page
	if err := json.Unmarshal(raw.Body, &p); err != nil {
		return nil, raw.decodeError(err)
	}
	return p, nil
}

// items are the raw members of the page's list of items.
func (p page) items(name string) []json.RawMessage {
	var items []json.RawMessage
	if json.Unmarshal(p[name], &items) != nil {
		return nil
	}
	return items
}

// integer reads a member as a whole number; false when it is absent or not one.
func (p page) integer(name string) (int64, bool) {
	if name == "" {
		return 0, false
	}
	return asInt(decodeAny(p[name]))
}

// flag reads a boolean member: true or false, or false/false when it has none.
func (p page) flag(name string) (value, ok bool) {
	if name == "" {
		return false, false
	}
	err := json.Unmarshal(p[name], &value)
	return value, err == nil && len(p[name]) > 0 && !isNull(p[name])
}

// text reads a member as text: a string as it is, a number in decimal; "" for null or absent.
func (p page) text(name string) string {
	value, ok := present(decodeAny(p[name]))
	if !ok {
		return ""
	}
	return scalarText(value)
}

func asInt(v any) (int64, bool) {
	v, ok := present(v)
	if !ok {
		return 0, false
	}
	switch x := v.(type) {
	case json.Number:
		f, err := x.Float64()
		if err != nil || f != math.Trunc(f) {
			return 0, false
		}
		return int64(f), true
	case string:
		n, err := strconv.ParseInt(strings.TrimSpace(x), 10, 64)
		return n, err == nil
	case bool:
		return 0, false
	}
	n, err := strconv.ParseInt(scalarText(v), 10, 64)
	return n, err == nil
}

// nextQuery is the query for the page after p (fetched with query), or false
// at the end.
//   - offset: stop on an empty page, a page shorter than the limit, or once
//     offset + len(items) reaches the total;
//   - page: stop on an empty or short page, or once page * per_page reaches the total;
//   - cursor: stop when the next cursor is empty, absent or does not move.
//
// A page that says has_more: false is always the last.
func nextQuery(pg *Pagination, query map[string]any, p page, count int) (map[string]any, bool) {
	if more, ok := p.flag(pg.HasMore); ok && !more {
		return nil, false
	}
	total, hasTotal := p.integer(pg.Total)
	next := make(map[string]any, len(query)+1)
	for k, v := range query {
		next[k] = v
	}
	switch pg.Style {
	case "cursor":
		if pg.CursorParam == "" || pg.NextCursor == "" {
			return nil, false
		}
		cursor := p.text(pg.NextCursor)
		previous := ""
		if v, ok := present(query[pg.CursorParam]); ok {
			previous = scalarText(v)
		}
		if cursor == "" || cursor == previous {
			return nil, false
		}
		next[pg.CursorParam] = cursor
		return next, true
	case "offset":
		if count == 0 || pg.OffsetParam == "" {
			return nil, false
		}
		offset, _ := asInt(query[pg.OffsetParam])
		offset += int64(count)
		limit, hasLimit := asInt(query[pg.LimitParam])
		if (hasTotal && offset >= total) || (hasLimit && int64(count) < limit) {
			return nil, false
		}
		next[pg.OffsetParam] = offset
		return next, true
	case "page":
		if count == 0 || pg.PageParam == "" {
			return nil, false
		}
		number, ok := asInt(query[pg.PageParam])
		if !ok {
			number = 1
		}
		perPage, hasPerPage := asInt(query[pg.PerPageParam])
		if hasPerPage && int64(count) < perPage {
			return nil, false
		}
		size := int64(count)
		if hasPerPage {
			size = perPage
		}
		if hasTotal && number*size >= total {
			return nil, false
		}
		next[pg.PageParam] = number + 1
		return next, true
	}
	return nil, false
}

// Iterate ranges over every item of a paginated operation across its pages,
// fetching each page when the loop needs it. An error ends the sequence.
func Iterate[T any](ctx context.Context, c *Client, op *Operation, params OperationParams, opts []RequestOption) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var zero T
		pg := op.Pagination
		if pg == nil {
			yield(zero, invalidArgument(op, "the operation is not paginated"))
			return
		}
		query, err := valuesOf(op, "Query", params.Query)
		if err != nil {
			yield(zero, err)
			return
		}
		for {
			params.Query = query
			raw, _, err := c.execute(ctx, op, params, opts)
			if err != nil {
				yield(zero, err)
				return
			}
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
			next, more := nextQuery(pg, query, p, len(items))
			if !more {
				return
			}
			query = next
		}
	}
}
