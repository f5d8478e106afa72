package core

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
)

type presence uint8

const (
	absent presence = iota
	null
	set
)

// Optional is a value that is absent, explicitly null, or set: the three
// states a JSON field can be in. The zero Optional is absent, so fields left
// out of a struct literal are not sent.
//
// Build one with Some or Null; read it with Get, Value, IsNull, IsPresent.
type Optional[T any] struct {
	value T
	state presence
}

// Some returns an Optional holding v.
func Some[T any](v T) Optional[T] {
	return Optional[T]{value: v, state: set}
}

// Null returns an Optional that is explicitly null (sent as JSON null).
func Null[T any]() Optional[T] {
	return Optional[T]{state: null}
}

// Get returns the value and true when it is set; the zero value and false
// when it is absent or null.
func (o Optional[T]) Get() (T, bool) {
	return o.value, o.state == set
}

// Value returns the value, or the zero value when it is absent or null.
func (o Optional[T]) Value() T {
	return o.value
}

// Or returns the value, or fallback when it is absent or null.
func (o Optional[T]) Or(fallback T) T {
	if o.state == set {
		return o.value
	}
	return fallback
}

// Ptr returns a pointer to a copy of the value, or nil when it is absent or null.
func (o Optional[T]) Ptr() *T {
	if o.state != set {
		return nil
	}
	v := o.value
	return &v
}

// IsSet reports whether a value (not null) is there.
func (o Optional[T]) IsSet() bool {
	return o.state == set
}

// IsNull reports whether the value is explicitly null.
func (o Optional[T]) IsNull() bool {
	return o.state == null
}

// IsPresent reports whether the field was there at all: set or null.
func (o Optional[T]) IsPresent() bool {
	return o.state != absent
}

// String formats the value; "<absent>" and "<null>" for the other states.
func (o Optional[T]) String() string {
	switch o.state {
	case absent:
		return "<absent>"
	case null:
		return "<null>"
	}
	return fmt.Sprint(o.value)
}

// MarshalJSON encodes the value, or null. Objects leave absent fields out.
func (o Optional[T]) MarshalJSON() ([]byte, error) {
	if o.state != set {
		return []byte("null"), nil
	}
	return json.Marshal(o.value)
}

// UnmarshalJSON reads null as null and anything else as a value.
func (o *Optional[T]) UnmarshalJSON(data []byte) error {
	if bytes.Equal(bytes.TrimSpace(data), []byte("null")) {
		var zero T
		o.value, o.state = zero, null
		return nil
	}
	var v T
	if err := decodeValue(data, &v); err != nil {
		return err
	}
	o.value, o.state = v, set
	return nil
}

var numberType = reflect.TypeFor[json.Number]()

// decodeValue is json.Unmarshal(data, v) for a new v, with shortcuts for the
// most common values. A JSON string of plain ASCII without escapes (the whole
// of data) is valid JSON, and json.Unmarshal would take it as it is: its text
// for a string type, data itself for an UnmarshalJSON method (time.Time). An
// object into a generated model goes to the model's UnmarshalJSON, as
// decodeModel explains; if that fails, v is reset and json.Unmarshal decides.
// Anything else goes through json.Unmarshal.
func decodeValue[T any](data []byte, v *T) error {
	if len(data) > 0 && data[0] == '{' {
		if u, ok := any(v).(json.Unmarshaler); ok && isModel(reflect.TypeFor[T]()) {
			if u.UnmarshalJSON(data) == nil {
				return nil
			}
			var zero T
			*v = zero
		}
		return json.Unmarshal(data, v)
	}
	if inner, ok := plainString(data); ok {
		switch p := any(v).(type) {
		case json.Unmarshaler:
			return p.UnmarshalJSON(data)
		case encoding.TextUnmarshaler:
			// json.Unmarshal hands it the unquoted text; keep its path.
		case *string:
			*p = string(inner)
			return nil
		default:
			if rv := reflect.ValueOf(v).Elem(); rv.Kind() == reflect.String && rv.Type() != numberType {
				rv.SetString(string(inner))
				return nil
			}
		}
	}
	return json.Unmarshal(data, v)
}

// plainString is the text of data when data is exactly one JSON string whose
// characters are printable ASCII without escapes.
func plainString(data []byte) ([]byte, bool) {
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return nil, false
	}
	inner := data[1 : len(data)-1]
	for _, c := range inner {
		if c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
			return nil, false
		}
	}
	return inner, true
}

// optional lets the runtime see through an Optional of any type.
type optional interface {
	optionalValue() (value any, state presence)
}

func (o Optional[T]) optionalValue() (any, presence) {
	return o.value, o.state
}
