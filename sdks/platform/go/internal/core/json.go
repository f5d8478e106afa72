package core

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// FieldRef pairs a wire name with a model field: a pointer to it when
// decoding, its value when encoding.
type FieldRef struct {
	name string
	ref  any
}

// Field names one field of a model for DecodeObject or EncodeObject.
func Field(wireName string, ref any) FieldRef {
	return FieldRef{name: wireName, ref: ref}
}

type rawField struct {
	key string
	raw json.RawMessage
}

// orderedObject splits a JSON object into its members, in order.
func orderedObject(data []byte) ([]rawField, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if delim, ok := tok.(json.Delim); !ok || delim != '{' {
		return nil, fmt.Errorf("expected a JSON object, got %s", kindOf(data))
	}
	var fields []rawField
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := tok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, err
		}
		fields = append(fields, rawField{key, raw})
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	return fields, nil
}

func isNull(data []byte) bool {
	return bytes.Equal(bytes.TrimSpace(data), []byte("null"))
}

// DecodeObject decodes a JSON object into the given fields (pointers) and
// keeps every member it does not know in *extra. JSON null leaves the model
// as it is. One pass of json.Unmarshal splits the members (the token API
// allocates per token and was most of a page's decoding time); fields are
// then decoded in declaration order, so the first error reported is stable.
func DecodeObject(data []byte, extra *map[string]json.RawMessage, fields ...FieldRef) error {
	if isNull(data) {
		return nil
	}
	if trimmed := bytes.TrimLeft(data, " \t\r\n"); len(trimmed) == 0 || trimmed[0] != '{' {
		return fmt.Errorf("expected a JSON object, got %s", kindOf(data))
	}
	var members map[string]json.RawMessage
	if err := json.Unmarshal(data, &members); err != nil {
		return err
	}
	for _, f := range fields {
		raw, ok := members[f.name]
		if !ok {
			continue
		}
		delete(members, f.name)
		if err := json.Unmarshal(raw, f.ref); err != nil {
			return fmt.Errorf("field %q: %w", f.name, err)
		}
	}
	if len(members) == 0 {
		members = nil
	}
	*extra = members
	return nil
}

// EncodeObject encodes the given fields (values) in order, leaving absent
// Optionals out, then the extra members in key order. A known field wins over
// an extra member of the same name.
func EncodeObject(extra map[string]json.RawMessage, fields ...FieldRef) ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	known := make(map[string]bool, len(fields))
	first := true
	write := func(key string, value []byte) error {
		name, err := json.Marshal(key)
		if err != nil {
			return err
		}
		if !first {
			b.WriteByte(',')
		}
		first = false
		b.Write(name)
		b.WriteByte(':')
		b.Write(value)
		return nil
	}
	for _, f := range fields {
		known[f.name] = true
		if o, ok := f.ref.(optional); ok {
			if _, state := o.optionalValue(); state == absent {
				continue
			}
		}
		value, err := json.Marshal(f.ref)
		if err != nil {
			return nil, fmt.Errorf("field %q: %w", f.name, err)
		}
		if err := write(f.name, value); err != nil {
			return nil, err
		}
	}
	keys := make([]string, 0, len(extra))
	for k := range extra {
		if !known[k] {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		value := extra[k]
		if len(bytes.TrimSpace(value)) == 0 {
			value = json.RawMessage("null")
		} else if !json.Valid(value) {
			return nil, fmt.Errorf("extra field %q is not valid JSON", k)
		}
		if err := write(k, value); err != nil {
			return nil, err
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// Kind is the JSON kind a union variant accepts.
type Kind int

// The JSON kinds of union variants.
const (
	KindAny Kind = iota
	KindObject
	KindArray
	KindString
	KindNumber
	KindInteger
	KindBoolean
)

// Variant is one member of a union: what JSON it accepts and how to decode it.
type Variant struct {
	kind     Kind
	required []string
	consts   map[string]string
	tags     []string
	decode   func([]byte) (any, error)
}

// VariantOf describes a union member of type T: its JSON kind, the members an
// object must have, the constant members it must carry (wire name to JSON
// text) and the discriminator values that select it.
func VariantOf[T any](kind Kind, required []string, consts map[string]string, tags ...string) Variant {
	return Variant{
		kind:     kind,
		required: required,
		consts:   consts,
		tags:     tags,
		decode: func(data []byte) (any, error) {
			var v T
			err := json.Unmarshal(data, &v)
			return v, err
		},
	}
}

// Union describes a oneOf/anyOf: its members in order, and the discriminator
// property when the API names one.
type Union struct {
	Discriminator string
	Variants      []Variant
}

// Decode picks the member the JSON is: by the discriminator when it names
// one; else the first member whose kind, required members and constants fit;
// else the first that decodes at all. JSON that fits no member gives nil and
// no error: the caller keeps it raw. So does a discriminator value no member
// claims when every member has values: it is a variant this SDK does not know.
func (u Union) Decode(data []byte) (any, error) {
	if isNull(data) {
		return nil, nil
	}
	var members map[string]json.RawMessage
	isObject := json.Unmarshal(data, &members) == nil && members != nil
	if u.Discriminator != "" && isObject {
		if raw, ok := members[u.Discriminator]; ok {
			tag := tagText(raw)
			for _, v := range u.Variants {
				if slices.Contains(v.tags, tag) {
					return v.decode(data)
				}
			}
			if u.allTagged() {
				return nil, nil // a variant this SDK does not know: kept raw, not forced into a known one
			}
		}
	}
	kind := kindOf(data)
	for _, v := range u.Variants {
		if !v.fits(kind, members) {
			continue
		}
		if value, err := v.decode(data); err == nil {
			return value, nil
		}
	}
	for _, v := range u.Variants {
		if v.kind != KindAny && !kindAccepts(v.kind, kind) {
			continue
		}
		if value, err := v.decode(data); err == nil {
			return value, nil
		}
	}
	return nil, nil
}

// allTagged reports whether every member has discriminator values, so that
// an unknown value names none of them.
func (u Union) allTagged() bool {
	for _, v := range u.Variants {
		if len(v.tags) == 0 {
			return false
		}
	}
	return len(u.Variants) > 0
}

func (v Variant) fits(kind string, members map[string]json.RawMessage) bool {
	if !kindAccepts(v.kind, kind) {
		return false
	}
	for _, name := range v.required {
		if _, ok := members[name]; !ok {
			return false
		}
	}
	for name, want := range v.consts {
		got, ok := members[name]
		if !ok || !jsonEqual(got, []byte(want)) {
			return false
		}
	}
	return true
}

func kindAccepts(k Kind, kind string) bool {
	switch k {
	case KindObject:
		return kind == "object"
	case KindArray:
		return kind == "array"
	case KindString:
		return kind == "string"
	case KindNumber:
		return kind == "number" || kind == "integer"
	case KindInteger:
		return kind == "integer"
	case KindBoolean:
		return kind == "boolean"
	}
	return true
}

// kindOf names the JSON kind of data: object, array, string, integer, number, boolean or null.
func kindOf(data []byte) string {
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return "empty"
	}
	switch trimmed[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	if bytes.ContainsAny(trimmed, ".eE") {
		return "number"
	}
	return "integer"
}

func jsonEqual(a, b []byte) bool {
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	xa, _ := json.Marshal(x)
	ya, _ := json.Marshal(y)
	return bytes.Equal(xa, ya)
}

// tagText is a discriminator value as text: a string as it is, anything else
// (true, 1) as its JSON.
func tagText(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return strings.TrimSpace(string(raw))
}

// EncodeUnion encodes the member a union holds, else the JSON it was decoded
// from, else null.
func EncodeUnion(value any, raw json.RawMessage) ([]byte, error) {
	if value != nil {
		return json.Marshal(value)
	}
	if len(raw) > 0 {
		if !json.Valid(raw) {
			return nil, errors.New("union holds invalid JSON")
		}
		return raw, nil
	}
	return []byte("null"), nil
}
