package core

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// ServerSentEvent is one event of a text/event-stream response.
type ServerSentEvent struct {
	Event string                  // the event type; "message" unless the stream names another
	Data  string                  // the data lines of the event, joined with "\n"
	ID    string                  // the last event id the stream set ("" when none)
	Retry Optional[time.Duration] // the last reconnection time the stream asked for
}

// JSON decodes the event's data into v.
func (e ServerSentEvent) JSON(v any) error {
	return json.Unmarshal([]byte(e.Data), v)
}

// Stream sends an operation that answers with text/event-stream and ranges
// over its events as they arrive. Retries apply until the response headers
// arrive, never once the stream has started; an error status is the usual
// error, yielded once. WithTimeout bounds the wait for the headers, ctx the
// whole stream. Leaving the loop closes the response.
//
// An operation with Resume is reconnected when its stream ends or breaks
// before the loop is left: see resumeStream.
func Stream(ctx context.Context, c *Client, op *Operation, params OperationParams, opts []RequestOption) iter.Seq2[ServerSentEvent, error] {
	if op.Resume != nil {
		return resumeStream(ctx, c, op, params, opts)
	}
	return func(yield func(ServerSentEvent, error) bool) {
		raw, _, err := c.run(ctx, op, params, opts, true)
		if err != nil {
			yield(ServerSentEvent{}, err)
			return
		}
		if raw.stream == nil {
			return // a 204 or a 3xx: no events
		}
		defer raw.stream.Close()
		events := newEventReader(raw.stream)
		for {
			event, err := events.next()
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				yield(ServerSentEvent{}, &ConnectionError{OperationID: op.ID, Method: raw.Method, URL: raw.URL,
					Attempts: 1, Err: fmt.Errorf("the event stream broke: %w", err)})
				return
			}
			if !yield(event, nil) {
				return
			}
		}
	}
}

// resumeStream is Stream for an operation with Resume: when the stream ends
// or breaks, it waits the server's last retry: value (else RetryMs) and
// sends the operation again with the id of the last event delivered in the
// Resume header, so the server goes on after it; an event with that same id
// right after a reconnect is not delivered twice. After MaxReconnects
// reconnections in a row without an event it stops: with the error of the
// last break as a *ConnectionError, or quietly when the stream last ended
// cleanly. An error status ends it at once.
func resumeStream(ctx context.Context, c *Client, op *Operation, params OperationParams, opts []RequestOption) iter.Seq2[ServerSentEvent, error] {
	return func(yield func(ServerSentEvent, error) bool) {
		cfg, err := c.callConfig(op, opts)
		if err != nil {
			yield(ServerSentEvent{}, err)
			return
		}
		spec := op.Resume
		lastID := ""
		wait := time.Duration(spec.RetryMs) * time.Millisecond
		failures := 0 // reconnections since the last event
		var broke error
		for attempt := 0; ; attempt++ {
			if attempt > 0 {
				if failures >= spec.MaxReconnects {
					if broke != nil {
						yield(ServerSentEvent{}, &ConnectionError{OperationID: op.ID, Method: op.Method, URL: op.Path,
							Attempts: attempt, Err: fmt.Errorf("the event stream broke %d times in a row: %w", failures, broke)})
					}
					return
				}
				failures++
				if err := cfg.clock.Sleep(ctx, wait); err != nil {
					yield(ServerSentEvent{}, err)
					return
				}
			}
			callOpts := opts
			if lastID != "" {
				callOpts = append(slices.Clone(opts), WithHeader(spec.Header, lastID))
			}
			raw, _, err := c.run(ctx, op, params, callOpts, true)
			if err != nil {
				var apiErr *APIError
				if errors.As(err, &apiErr) || ctx.Err() != nil || attempt == 0 {
					yield(ServerSentEvent{}, err)
					return
				}
				broke = err
				continue
			}
			if raw.stream == nil {
				return // a 204 or a 3xx: no events
			}
			events := newEventReader(raw.stream)
			resumed := lastID
			broke = nil
			for {
				event, err := events.next()
				if err != nil {
					if !errors.Is(err, io.EOF) {
						broke = err
					}
					break
				}
				if d, ok := event.Retry.Get(); ok {
					wait = d
				}
				if resumed != "" && event.ID == resumed {
					continue // the server sent again the event it resumed after
				}
				resumed = ""
				lastID, failures = event.ID, 0
				if !yield(event, nil) {
					raw.stream.Close()
					return
				}
			}
			raw.stream.Close()
			if ctx.Err() != nil {
				yield(ServerSentEvent{}, ctx.Err())
				return
			}
		}
	}
}

// eventReader parses an event stream as the HTML standard says: lines end
// with CRLF, LF or CR; a line starting with ':' is a comment; a blank line
// dispatches the event when it has data. At the end of the stream an
// unfinished last line is read as a line and the pending event is dispatched
// too, as the other SDKs do.
type eventReader struct {
	lines lineReader
	data  []string
	event string
	id    string
	retry Optional[time.Duration]
	begun bool
}

func newEventReader(r io.Reader) *eventReader {
	return &eventReader{lines: lineReader{r: r, chunk: make([]byte, 4096)}}
}

// next returns the next event, or io.EOF at the end of the stream.
func (e *eventReader) next() (ServerSentEvent, error) {
	for {
		line, err := e.lines.next()
		if errors.Is(err, io.EOF) {
			// The stream ended: an unfinished last line still counts, and an
			// event still being read is dispatched all the same.
			if len(line) > 0 {
				e.field(string(e.bom(line)))
			}
			if len(e.data) > 0 {
				return e.dispatch(), nil
			}
			return ServerSentEvent{}, io.EOF
		}
		if err != nil {
			return ServerSentEvent{}, err
		}
		line = e.bom(line)
		if len(line) == 0 {
			if len(e.data) > 0 {
				return e.dispatch(), nil
			}
			e.event = ""
			continue
		}
		e.field(string(line))
	}
}

// bom drops the byte order mark that may lead the stream's first line.
func (e *eventReader) bom(line []byte) []byte {
	if e.begun {
		return line
	}
	e.begun = true
	return bytes.TrimPrefix(line, []byte("\ufeff"))
}

func (e *eventReader) dispatch() ServerSentEvent {
	event := ServerSentEvent{Event: e.event, Data: strings.Join(e.data, "\n"), ID: e.id, Retry: e.retry}
	if event.Event == "" {
		event.Event = "message"
	}
	e.data, e.event = nil, ""
	return event
}

func (e *eventReader) field(line string) {
	if strings.HasPrefix(line, ":") {
		return // a comment, often a keep-alive
	}
	name, value, _ := strings.Cut(line, ":")
	value = strings.TrimPrefix(value, " ")
	switch name {
	case "data":
		e.data = append(e.data, value)
	case "event":
		e.event = value
	case "id":
		if !strings.ContainsRune(value, 0) {
			e.id = value
		}
	case "retry":
		// Digits only; a value too large for a Duration is ignored like any bad one.
		if ms, err := strconv.ParseUint(value, 10, 63); err == nil && ms <= uint64(math.MaxInt64/int64(time.Millisecond)) {
			e.retry = Some(time.Duration(ms) * time.Millisecond)
		}
	}
}

// lineReader splits a stream into lines at CRLF, LF or CR, returning each line
// as soon as its end has arrived (a CR is not held back to see whether LF
// follows).
type lineReader struct {
	r      io.Reader
	buf    []byte
	chunk  []byte
	skipLF bool // the last line ended with CR: a LF first in the next bytes belongs to it
	eof    error
}

// next returns the next line without its end. At the end of the stream it
// returns io.EOF, with the unfinished last line (nil when the stream ended
// with a line end).
func (l *lineReader) next() ([]byte, error) {
	for {
		if l.skipLF && len(l.buf) > 0 {
			if l.buf[0] == '\n' {
				l.buf = l.buf[1:]
			}
			l.skipLF = false
		}
		if i := bytes.IndexAny(l.buf, "\r\n"); i >= 0 {
			line := l.buf[:i:i]
			l.skipLF = l.buf[i] == '\r'
			l.buf = l.buf[i+1:]
			return line, nil
		}
		if l.eof != nil {
			var rest []byte
			if len(l.buf) > 0 {
				rest, l.buf = l.buf, nil
			}
			return rest, l.eof
		}
		n, err := l.r.Read(l.chunk)
		if n > 0 {
			// Appending never overwrites a line already returned: those lie before l.buf.
			l.buf = append(l.buf, l.chunk[:n]...)
		}
		if err != nil {
			l.eof = err
		}
	}
}
