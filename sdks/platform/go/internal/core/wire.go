package core

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strconv"
	"unicode/utf8"
)

// DecodeModel decodes a JSON object into a generated model m and gives
// exactly what DecodeObject(data, extra, fields()...) gives: the fields take
// the members whose keys are their wire names, exactly (case included; the
// last of a repeated key wins); every other member goes into *extra; JSON null
// leaves the model as it is.
//
// It is DecodeObject without most of its cost: the members are found by one
// strict scan (it accepts exactly the JSON that json.Valid accepts, so the
// data is checked as it is read and not in a pass of its own) instead of a
// decoding into a map, and the common field types are read straight from their bytes:
// strings without escapes, integers, booleans, types with an UnmarshalJSON
// method (Optional, models, time.Time: handed the member's bytes, as
// json.Unmarshal would) and slices of models. Other types go through
// json.Unmarshal, as in DecodeObject. Should any of that fail, or the data not
// be valid JSON, the model is put back as it was and DecodeObject decodes it,
// for its error.
func DecodeModel[M any](data []byte, m *M, extra *map[string]json.RawMessage, fields func() []FieldRef) error {
	if isNull(data) {
		return nil
	}
	refs := fields()
	saved := *m
	if decodeMembers(data, extra, refs) {
		return nil
	}
	*m = saved
	return DecodeObject(data, extra, refs...)
}

// decodeMembers decodes data into the fields and *extra; false when data is
// not a valid JSON object (see scanValue) or a field does not take its value.
// Nothing is written before the whole of data has been scanned.
func decodeMembers(data []byte, extra *map[string]json.RawMessage, fields []FieldRef) bool {
	var stack [24][]byte
	var values [][]byte
	if len(fields) > len(stack) {
		values = make([][]byte, len(fields))
	} else {
		values = stack[:len(fields)]
	}
	var members map[string]json.RawMessage
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return false
	}
	i = skipSpace(data, i+1)
	next := 0 // where the next key is looked for first: members often come in field order
	if i < len(data) && data[i] == '}' {
		i++
	} else {
		for {
			if i >= len(data) || data[i] != '"' {
				return false
			}
			end, plain, ok := scanString(data, i)
			if !ok {
				return false
			}
			key := data[i+1 : end-1]
			if !plain {
				text, ok := unquote(data[i:end])
				if !ok {
					return false
				}
				key = []byte(text)
			}
			i = skipSpace(data, end)
			if i >= len(data) || data[i] != ':' {
				return false
			}
			start := skipSpace(data, i+1)
			end, ok = scanValue(data, start, 1)
			if !ok {
				return false
			}
			if at := fieldIndex(fields, key, next); at >= 0 {
				values[at] = data[start:end]
				next = at + 1
			} else {
				if members == nil {
					members = map[string]json.RawMessage{}
				}
				members[string(key)] = append(json.RawMessage(nil), data[start:end]...)
			}
			i = skipSpace(data, end)
			if i < len(data) && data[i] == ',' {
				i = skipSpace(data, i+1)
				continue
			}
			if i < len(data) && data[i] == '}' {
				i++
				break
			}
			return false
		}
	}
	if skipSpace(data, i) != len(data) {
		return false // something after the object
	}
	for at, f := range fields {
		if values[at] != nil && decodeField(values[at], f.ref) != nil {
			return false
		}
	}
	*extra = members
	return true
}

// fieldIndex is the place of the field named key, or -1; it looks at hint first.
func fieldIndex(fields []FieldRef, key []byte, hint int) int {
	if hint < len(fields) && fields[hint].name == string(key) {
		return hint
	}
	for at, f := range fields {
		if f.name == string(key) {
			return at
		}
	}
	return -1
}

// decodeField is json.Unmarshal(raw, ref) for raw, one valid JSON value
// without surrounding space.
func decodeField(raw []byte, ref any) error {
	switch p := ref.(type) {
	case json.Unmarshaler:
		return p.UnmarshalJSON(raw) // json.Unmarshal hands a valid value over as it is
	case *string:
		if text, ok := plainString(raw); ok {
			*p = string(text)
			return nil
		}
	case *int64:
		if n, ok := plainInteger(raw); ok {
			*p = n
			return nil
		}
	case *bool:
		switch string(raw) {
		case "true":
			*p = true
			return nil
		case "false":
			*p = false
			return nil
		}
	case encoding.TextUnmarshaler:
		return json.Unmarshal(raw, ref)
	default:
		if text, ok := plainString(raw); ok {
			if rv := reflect.ValueOf(ref); rv.Kind() == reflect.Pointer && !rv.IsNil() {
				if e := rv.Elem(); e.Kind() == reflect.String && e.Type() != numberType {
					e.SetString(string(text))
					return nil
				}
			}
		} else if raw[0] == '[' {
			if done, err := decodeModelSlice(raw, ref); done {
				return err
			}
		}
	}
	return json.Unmarshal(raw, ref)
}

// plainInteger reads a JSON number made of digits only (raw is valid JSON),
// as json.Unmarshal reads it into an int64; false for anything else.
func plainInteger(raw []byte) (int64, bool) {
	digits := raw
	if len(digits) > 0 && digits[0] == '-' {
		digits = digits[1:]
	}
	if len(digits) == 0 {
		return 0, false
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return 0, false
		}
	}
	n, err := strconv.ParseInt(string(raw), 10, 64)
	return n, err == nil
}

// decodeModelSlice decodes a JSON array into a nil slice of a type that reads
// itself (a slice of models), each element by its UnmarshalJSON, as
// json.Unmarshal does; done is false for any other target.
func decodeModelSlice(raw []byte, ref any) (done bool, err error) {
	rv := reflect.ValueOf(ref)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return false, nil
	}
	target := rv.Elem()
	if target.Kind() != reflect.Slice || !target.IsNil() {
		return false, nil
	}
	elem := target.Type().Elem()
	if elem.Kind() != reflect.Struct || !reflect.PointerTo(elem).Implements(unmarshalerType) {
		return false, nil
	}
	count := 0
	for i := skipSpace(raw, 1); i < len(raw) && raw[i] != ']'; {
		count++
		i = skipSpace(raw, skipValue(raw, i))
		if i < len(raw) && raw[i] == ',' {
			i = skipSpace(raw, i+1)
		}
	}
	slice := reflect.MakeSlice(target.Type(), count, count)
	n := 0
	for i := skipSpace(raw, 1); i < len(raw) && raw[i] != ']'; n++ {
		end := skipValue(raw, i)
		if err := slice.Index(n).Addr().Interface().(json.Unmarshaler).UnmarshalJSON(raw[i:end]); err != nil {
			return true, err
		}
		i = skipSpace(raw, end)
		if i < len(raw) && raw[i] == ',' {
			i = skipSpace(raw, i+1)
		}
	}
	target.Set(slice)
	return true, nil
}

// unquote is the text of a JSON string as encoding/json reads it.
func unquote(quoted []byte) (string, bool) {
	var text string
	err := json.Unmarshal(quoted, &text)
	return text, err == nil
}

func skipSpace(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\r', '\n':
			i++
		default:
			return i
		}
	}
	return i
}

// skipString reads the string that starts at data[i] (a quote; data is valid
// JSON): the index after its closing quote, and whether it is plain ASCII
// without escapes (its bytes are then its text).
func skipString(data []byte, i int) (end int, plain bool) {
	plain = true
	for j := i + 1; j < len(data); j++ {
		switch c := data[j]; {
		case c == '"':
			return j + 1, plain
		case c == '\\':
			plain = false
			j++
		case c >= utf8.RuneSelf:
			plain = false
		}
	}
	return len(data), false
}

// skipValue reads the JSON value that starts at data[i] (data is valid
// JSON): the index after it.
func skipValue(data []byte, i int) int {
	depth := 0
	for i < len(data) {
		switch data[i] {
		case '"':
			end, _ := skipString(data, i)
			if depth == 0 {
				return end
			}
			i = end
			continue
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				return i + 1
			}
		default:
			if depth == 0 { // a number, true, false or null
				j := i
				for j < len(data) && !isDelimiter(data[j]) {
					j++
				}
				return j
			}
		}
		i++
	}
	return len(data)
}

// maxScanDepth bounds scanValue's nesting; deeper data is left to
// encoding/json (whose own bound is 10000), which decodes it or says why not.
const maxScanDepth = 200

// scanValue reads the JSON value that starts at data[i] and accepts exactly
// what encoding/json's scanner accepts there: the index after the value, or
// false where data is not valid JSON (or nests deeper than maxScanDepth).
// What follows the value is the caller's to check.
func scanValue(data []byte, i, depth int) (int, bool) {
	if i >= len(data) {
		return i, false
	}
	switch c := data[i]; {
	case c == '"':
		end, _, ok := scanString(data, i)
		return end, ok
	case c == '{' || c == '[':
		if depth > maxScanDepth {
			return i, false
		}
		closing := byte('}')
		if c == '[' {
			closing = ']'
		}
		i = skipSpace(data, i+1)
		if i < len(data) && data[i] == closing {
			return i + 1, true
		}
		for {
			var ok bool
			if closing == '}' {
				if i >= len(data) || data[i] != '"' {
					return i, false
				}
				if i, _, ok = scanString(data, i); !ok {
					return i, false
				}
				i = skipSpace(data, i)
				if i >= len(data) || data[i] != ':' {
					return i, false
				}
				i = skipSpace(data, i+1)
			}
			if i, ok = scanValue(data, i, depth+1); !ok {
				return i, false
			}
			i = skipSpace(data, i)
			if i >= len(data) {
				return i, false
			}
			if data[i] == closing {
				return i + 1, true
			}
			if data[i] != ',' {
				return i, false
			}
			i = skipSpace(data, i+1)
		}
	case c == 't':
		return scanLiteral(data, i, "true")
	case c == 'f':
		return scanLiteral(data, i, "false")
	case c == 'n':
		return scanLiteral(data, i, "null")
	case c == '-' || (c >= '0' && c <= '9'):
		return scanNumber(data, i)
	}
	return i, false
}

func scanLiteral(data []byte, i int, literal string) (int, bool) {
	end := i + len(literal)
	if end > len(data) || string(data[i:end]) != literal {
		return i, false
	}
	return end, true
}

// scanNumber reads -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? at data[i].
func scanNumber(data []byte, i int) (int, bool) {
	if data[i] == '-' {
		i++
	}
	switch {
	case i < len(data) && data[i] == '0':
		i++
	case i < len(data) && data[i] >= '1' && data[i] <= '9':
		i = scanDigits(data, i)
	default:
		return i, false
	}
	if i < len(data) && data[i] == '.' {
		j := scanDigits(data, i+1)
		if j == i+1 {
			return j, false
		}
		i = j
	}
	if i < len(data) && (data[i] == 'e' || data[i] == 'E') {
		i++
		if i < len(data) && (data[i] == '+' || data[i] == '-') {
			i++
		}
		j := scanDigits(data, i)
		if j == i {
			return j, false
		}
		i = j
	}
	return i, true
}

func scanDigits(data []byte, i int) int {
	for i < len(data) && data[i] >= '0' && data[i] <= '9' {
		i++
	}
	return i
}

// scanString reads the string that starts at data[i] (a quote) as
// encoding/json's scanner does: no control characters, only JSON's escapes
// (bytes of 0x80 and up are taken as they are, as encoding/json takes them).
// end is the index after the closing quote; plain says the string is ASCII
// without escapes (its bytes are then its text).
func scanString(data []byte, i int) (end int, plain, ok bool) {
	plain = true
	for j := i + 1; j < len(data); j++ {
		switch c := data[j]; {
		case c == '"':
			return j + 1, plain, true
		case c < 0x20:
			return j, false, false
		case c == '\\':
			plain = false
			if j+1 >= len(data) {
				return j, false, false
			}
			j++
			switch data[j] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if j+4 >= len(data) || !isHex(data[j+1]) || !isHex(data[j+2]) || !isHex(data[j+3]) || !isHex(data[j+4]) {
					return j, false, false
				}
				j += 4
			default:
				return j, false, false
			}
		case c >= utf8.RuneSelf:
			plain = false
		}
	}
	return len(data), false, false
}

func isHex(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

func isDelimiter(c byte) bool {
	switch c {
	case ',', '}', ']', ' ', '\t', '\r', '\n':
		return true
	}
	return false
}
