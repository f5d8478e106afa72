package core

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// OperationParams are the arguments of one call, keyed by wire names:
//
//   - PathParams: map[string]string, map[string]any, or the operation's
//     generated ...PathParams struct. Every path parameter is required.
//   - Query: map[string]any, map[string]string, url.Values, or the
//     operation's generated ...Query struct. Values are sent as strings.
//   - Headers: header parameters, as a map or the generated ...Headers struct.
//     Header parameters may also be given in Query, as request() does.
//   - Body: the request body: a generated model, a map with wire keys, or
//     json.RawMessage; []byte, string or an io.Reader for non-JSON media.
type OperationParams struct {
	PathParams any
	Query      any
	Headers    any
	Body       any
}

// ParamSet is implemented by the generated parameter structs: their values by
// wire name. An absent Optional is left out when the request is built.
type ParamSet interface {
	ParamValues() map[string]any
}

// OwnedParamSet is a ParamSet generated for one operation: ParamsOf names the
// operation and the OperationParams field (PathParams, Query or Headers) it is
// for. A call refuses it anywhere else.
type OwnedParamSet interface {
	ParamSet
	ParamsOf() (operationID, field string)
}

// valuesOf reads one of the parameter maps of OperationParams into a new map
// the caller may change.
func valuesOf(op *Operation, field string, v any) (map[string]any, error) {
	values, err := readValues(op, field, v)
	if err != nil {
		return nil, err
	}
	out := make(map[string]any, len(values))
	for k, val := range values {
		out[k] = val
	}
	return out, nil
}

// readValues reads one of the parameter maps of OperationParams, for a
// caller that only reads it: a map[string]any or what a ParamSet gives is
// handed on as it is (nil when there are no values).
func readValues(op *Operation, field string, v any) (map[string]any, error) {
	switch x := v.(type) {
	case nil:
		return nil, nil
	case ParamSet:
		if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && rv.IsNil() {
			return nil, nil
		}
		if owned, ok := x.(OwnedParamSet); ok {
			if id, slot := owned.ParamsOf(); id != op.ID || slot != field {
				return nil, invalidArgument(op, "%s got %T, the %s of operation %q; give this operation's own parameters", field, v, slot, id)
			}
		}
		return x.ParamValues(), nil
	case map[string]any:
		return x, nil
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer && rv.IsNil() {
		return nil, nil
	}
	out := map[string]any{}
	switch x := v.(type) {
	case map[string]string:
		for k, val := range x {
			out[k] = val
		}
		return out, nil
	case url.Values:
		for k, val := range x {
			out[k] = []string(val)
		}
		return out, nil
	case http.Header:
		for k, val := range x {
			out[k] = strings.Join(val, ", ")
		}
		return out, nil
	}
	if rv.Kind() == reflect.Map && rv.Type().Key().Kind() == reflect.String {
		iter := rv.MapRange()
		for iter.Next() {
			out[iter.Key().String()] = iter.Value().Interface()
		}
		return out, nil
	}
	return nil, invalidArgument(op, "%s must be a map[string]any, a map[string]string, url.Values or a generated parameter struct, not %T", field, v)
}

// present unwraps Optionals, pointers and interfaces; false means "not given"
// (nil, an absent Optional, or null).
func present(v any) (any, bool) {
	for {
		if v == nil {
			return nil, false
		}
		if o, ok := v.(optional); ok {
			value, state := o.optionalValue()
			if state != set {
				return nil, false
			}
			v = value
			continue
		}
		rv := reflect.ValueOf(v)
		switch rv.Kind() {
		case reflect.Pointer, reflect.Interface:
			if rv.IsNil() {
				return nil, false
			}
			v = rv.Elem().Interface()
			continue
		}
		return v, true
	}
}

// scalarText is one value as it goes into a URL or a header: strings as they
// are, booleans true/false, times in RFC 3339 UTC, numbers in decimal.
func scalarText(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case time.Time:
		return x.UTC().Format(time.RFC3339Nano)
	case json.Number:
		return string(x)
	case []byte:
		return string(x)
	case json.RawMessage:
		return string(x)
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.String:
		return rv.String()
	case reflect.Bool:
		return strconv.FormatBool(rv.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(rv.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(rv.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(rv.Float(), 'f', -1, 64)
	}
	if s, ok := v.(fmt.Stringer); ok {
		return s.String()
	}
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	var text string
	if json.Unmarshal(data, &text) == nil {
		return text
	}
	return string(data)
}

// entry is one key of an object-valued parameter.
type entry struct {
	key   string
	value any
}

// shape tells whether v is a list, an object or a scalar, with its parts.
func shape(v any) (list []any, object []entry, kind reflect.Kind) {
	switch v.(type) {
	case []byte, json.RawMessage, time.Time, json.Number:
		return nil, nil, reflect.String
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		for i := range rv.Len() {
			if item, ok := present(rv.Index(i).Interface()); ok {
				list = append(list, item)
			}
		}
		return list, nil, reflect.Slice
	case reflect.Map:
		if rv.Type().Key().Kind() != reflect.String {
			return nil, nil, reflect.String
		}
		keys := rv.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		for _, k := range keys {
			if item, ok := present(rv.MapIndex(k).Interface()); ok {
				object = append(object, entry{k.String(), item})
			}
		}
		return nil, object, reflect.Map
	case reflect.Struct:
		// A model or a union: through its JSON form, fields in order.
		data, err := json.Marshal(v)
		if err != nil {
			return nil, nil, reflect.String
		}
		if fields, err := orderedObject(data); err == nil {
			for _, f := range fields {
				if value := decodeAny(f.raw); value != nil {
					object = append(object, entry{f.key, value})
				}
			}
			return nil, object, reflect.Map
		}
		if value, ok := decodeAny(data).([]any); ok {
			return shape(value)
		}
	}
	return nil, nil, reflect.String
}

// decodeAny decodes JSON into plain Go values, numbers kept exact.
func decodeAny(data []byte) any {
	var value any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if dec.Decode(&value) != nil {
		return nil
	}
	return value
}

// simple renders a value in the "simple" style of path and header parameters.
func simple(v any, explode bool, escape func(string) string) string {
	list, object, kind := shape(v)
	switch kind {
	case reflect.Slice:
		parts := make([]string, len(list))
		for i, item := range list {
			parts[i] = escape(scalarText(item))
		}
		return strings.Join(parts, ",")
	case reflect.Map:
		sep := ","
		if explode {
			sep = "="
		}
		parts := make([]string, len(object))
		for i, e := range object {
			parts[i] = escape(e.key) + sep + escape(scalarText(e.value))
		}
		return strings.Join(parts, ",")
	}
	return escape(scalarText(v))
}

// pathValue renders one path value in its OpenAPI style: simple (blue,black),
// label (.blue.black) or matrix (;color=blue;color=black), exploded or not, each
// name, key and value escaped on its own (label and matrix escape every reserved
// character, "=" and "&" too, so the delimiters stay unambiguous). It is "" when
// there is nothing to send.
func pathValue(name string, v any, p Param) string {
	list, object, kind := shape(v)
	if (p.Style != "label" && p.Style != "matrix") || (kind == reflect.Slice && len(list) == 0) ||
		(kind == reflect.Map && len(object) == 0) || (kind == reflect.String && scalarText(v) == "") {
		return simple(v, p.Explode, escapeSegment)
	}
	lead, key := ".", ""
	if p.Style == "matrix" {
		lead, key = ";", ";"+escapeStrict(name)+"="
	}
	var parts []string
	switch kind {
	case reflect.Slice:
		for _, item := range list {
			parts = append(parts, escapeStrict(scalarText(item)))
		}
		if p.Explode && p.Style == "label" {
			return "." + strings.Join(parts, ".")
		}
		if p.Explode {
			return key + strings.Join(parts, key)
		}
	case reflect.Map:
		for _, e := range object {
			k, value := escapeStrict(e.key), escapeStrict(scalarText(e.value))
			if p.Explode {
				parts = append(parts, lead+k+"="+value)
			} else {
				parts = append(parts, k, value)
			}
		}
		if p.Explode {
			return strings.Join(parts, "")
		}
	default:
		parts = []string{escapeStrict(scalarText(v))}
	}
	if p.Style == "label" {
		return "." + strings.Join(parts, ",")
	}
	return key + strings.Join(parts, ",")
}

// escapeStrict percent-encodes every byte but RFC 3986's unreserved ones
// (letters, digits, "-", ".", "_", "~"); "." and ".." as a whole are encoded too.
func escapeStrict(s string) string {
	if s == "." || s == ".." {
		return strings.ReplaceAll(s, ".", "%2E")
	}
	return strings.ReplaceAll(url.QueryEscape(s), "+", "%20")
}

func noEscape(s string) string {
	return s
}

func escapeSegment(s string) string {
	if s == "." || s == ".." {
		return strings.ReplaceAll(s, ".", "%2E")
	}
	return url.PathEscape(s)
}

// renderPath fills the path template, encoding each value on its own (a "/"
// becomes %2F) in its parameter's style. A missing, null or empty value is refused.
func renderPath(op *Operation, values map[string]any) (string, error) {
	var missing []string
	var b strings.Builder
	b.Grow(len(op.Path) + 64)
	rest := op.Path
	for {
		// The next {name}: a brace, at least one character that is not a
		// brace, a closing brace. Anything else is kept as it is.
		open := strings.IndexByte(rest, '{')
		if open < 0 {
			break
		}
		length := strings.IndexAny(rest[open+1:], "{}")
		if length <= 0 || rest[open+1+length] != '}' {
			b.WriteString(rest[:open+1])
			rest = rest[open+1:]
			continue
		}
		name := rest[open+1 : open+1+length]
		b.WriteString(rest[:open])
		rest = rest[open+length+2:]
		p, _ := op.param(name)
		text := ""
		if v, ok := present(values[name]); ok {
			text = pathValue(name, v, p)
		}
		if text == "" {
			missing = append(missing, name)
		}
		b.WriteString(text)
	}
	b.WriteString(rest)
	path := b.String()
	if len(missing) > 0 {
		return "", invalidArgument(op, "path parameter %s is required and must not be empty (PathParams)", quoteAll(missing))
	}
	return path, nil
}

func quoteAll(names []string) string {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = strconv.Quote(n)
	}
	return strings.Join(quoted, ", ")
}

// queryPairs renders one query parameter per its style and explode flag.
func queryPairs(name string, v any, p Param, declared bool) [][2]string {
	style, explode := "form", true
	if declared {
		style, explode = p.Style, p.Explode
	}
	list, object, kind := shape(v)
	switch kind {
	case reflect.Slice:
		if explode {
			out := make([][2]string, len(list))
			for i, item := range list {
				out[i] = [2]string{name, scalarText(item)}
			}
			return out
		}
		sep := ","
		switch style {
		case "pipeDelimited":
			sep = "|"
		case "spaceDelimited":
			sep = " "
		}
		parts := make([]string, len(list))
		for i, item := range list {
			parts[i] = scalarText(item)
		}
		return [][2]string{{name, strings.Join(parts, sep)}}
	case reflect.Map:
		if style == "deepObject" {
			return deepPairs(name, v)
		}
		if explode {
			out := make([][2]string, len(object))
			for i, e := range object {
				out[i] = [2]string{e.key, scalarText(e.value)}
			}
			return out
		}
		parts := make([]string, 0, 2*len(object))
		for _, e := range object {
			parts = append(parts, e.key, scalarText(e.value))
		}
		return [][2]string{{name, strings.Join(parts, ",")}}
	}
	return [][2]string{{name, scalarText(v)}}
}

func deepPairs(prefix string, v any) [][2]string {
	list, object, kind := shape(v)
	var out [][2]string
	switch kind {
	case reflect.Map:
		for _, e := range object {
			out = append(out, deepPairs(prefix+"["+e.key+"]", e.value)...)
		}
	case reflect.Slice:
		for _, item := range list {
			out = append(out, deepPairs(prefix, item)...)
		}
	default:
		out = append(out, [2]string{prefix, scalarText(v)})
	}
	return out
}

// routed is where each parameter goes.
type routed struct {
	query   [][2]string
	header  [][2]string
	cookies []string
}

// route sends each value to its declared location; undeclared names go where
// the map they came in says (query or header).
func route(op *Operation, values map[string]any, fallback string, r *routed) {
	names := make([]string, 0, len(values))
	for name := range values {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		v, ok := present(values[name])
		if !ok {
			continue
		}
		p, declared := op.param(name)
		location := fallback
		if declared && p.In != InPath {
			location = p.In
		}
		switch location {
		case InHeader:
			r.header = append(r.header, [2]string{name, simple(v, declared && p.Explode, noEscape)})
		case InCookie:
			r.cookies = append(r.cookies, name+"="+simple(v, false, url.QueryEscape))
		default:
			r.query = append(r.query, queryPairs(name, v, p, declared)...)
		}
	}
}

// encodeQuery keeps the order of the pairs (names sorted, list items in order).
func encodeQuery(pairs [][2]string) string {
	parts := make([]string, len(pairs))
	for i, kv := range pairs {
		parts[i] = url.QueryEscape(kv[0]) + "=" + url.QueryEscape(kv[1])
	}
	return strings.Join(parts, "&")
}

// checkTypes refuses a declared parameter whose value does not read as its
// declared scalar type (a string "ten" for an integer), before anything is
// sent. Text (from a map[string]string or url.Values) is accepted when it
// parses as the type.
func checkTypes(op *Operation, field string, values map[string]any) error {
	for name, value := range values {
		p, declared := op.param(name)
		if !declared || p.Type == "" {
			continue
		}
		v, ok := present(value)
		if !ok {
			continue
		}
		list, _, kind := shape(v)
		if kind != reflect.Slice {
			list = []any{v}
		}
		for _, item := range list {
			if !scalarOfType(item, p.Type) {
				return invalidArgument(op, "%s: parameter %q is declared %s, got %T %s", field, name, p.Type, item, strconv.Quote(scalarText(item)))
			}
		}
	}
	return nil
}

// scalarOfType tells whether v is a value of the declared type, or text that
// parses as one.
func scalarOfType(v any, typ string) bool {
	switch x := v.(type) {
	case json.Number:
		return textOfType(string(x), typ)
	case []byte, json.RawMessage, time.Time:
		return false
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.String:
		return textOfType(rv.String(), typ)
	case reflect.Bool:
		return typ == "boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return typ == "integer" || typ == "number"
	case reflect.Float32, reflect.Float64:
		f := rv.Float()
		return typ == "number" || (typ == "integer" && f == float64(int64(f)))
	}
	return false
}

func textOfType(text, typ string) bool {
	var err error
	switch typ {
	case "integer":
		_, err = strconv.ParseInt(text, 10, 64)
		if err != nil {
			_, err = strconv.ParseUint(text, 10, 64)
		}
	case "number":
		_, err = strconv.ParseFloat(text, 64)
	case "boolean":
		_, err = strconv.ParseBool(text)
		if err == nil && text != "true" && text != "false" {
			return false
		}
	}
	return err == nil
}
