package core

import (
	"encoding/json"
	"reflect"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// DecodeModel decodes a JSON object into a generated model in one pass of
// encoding/json, and gives exactly what DecodeObject(data, extra, fields()...)
// gives: the fields take the members whose keys are their wire names, exactly
// (case included); every other member, a case variant of a wire name too, goes
// into *extra; JSON null leaves the model as it is.
//
// w is the model seen as a struct type without methods (type wire M;
// (*wire)(m)), so that json.Unmarshal fills its fields by their json tags.
// encoding/json matches keys without regard to case, and decodes a repeated
// key into the same field twice; DecodeObject does neither. So the one pass
// is taken only when it cannot differ: the tags are the wire names fields()
// lists, and the object's keys are the wire names at most once each, or keys
// that match none of them even loosely (case folded, '_' and '-' dropped).
// Anything else (other keys, JSON that does not decode: the error must be the
// one DecodeObject reports) is decoded by DecodeObject, from the model as it
// was before.
func DecodeModel[W any](data []byte, w *W, extra *map[string]json.RawMessage, fields func() []FieldRef) error {
	if isNull(data) {
		return nil
	}
	if p := planFor[W](fields); p.fast {
		if members, ok := p.split(data); ok {
			saved := *w
			if err := json.Unmarshal(data, w); err == nil {
				*extra = members
				return nil
			}
			*w = saved
		}
	}
	return DecodeObject(data, extra, fields()...)
}

// wirePlan is what DecodeModel knows of one model type.
type wirePlan struct {
	fast  bool           // the json tags are exactly the wire names: the one pass may be taken
	index map[string]int // wire name -> its place in fields()
	loose map[string]bool
}

var wirePlans sync.Map // reflect.Type -> *wirePlan

func planFor[W any](fields func() []FieldRef) *wirePlan {
	t := reflect.TypeFor[W]()
	if p, ok := wirePlans.Load(t); ok {
		return p.(*wirePlan)
	}
	var names []string
	for _, f := range fields() {
		names = append(names, f.name)
	}
	p := newWirePlan(t, names)
	actual, _ := wirePlans.LoadOrStore(t, p)
	return actual.(*wirePlan)
}

// newWirePlan checks that encoding/json decodes t's fields by exactly the
// given wire names, in order: every field but those tagged "-" has a plain
// tag (no option but omitempty or omitzero) that is one of the names, and
// no two names are loosely the same.
func newWirePlan(t reflect.Type, names []string) *wirePlan {
	p := &wirePlan{index: make(map[string]int, len(names)), loose: make(map[string]bool, len(names))}
	if t.Kind() != reflect.Struct {
		return p
	}
	var tagged []string
	for i := range t.NumField() {
		f := t.Field(i)
		tag, hasTag := f.Tag.Lookup("json")
		if tag == "-" {
			continue
		}
		if !hasTag || !f.IsExported() || f.Anonymous {
			return p
		}
		name, options, _ := strings.Cut(tag, ",")
		for _, option := range strings.Split(options, ",") {
			if option != "" && option != "omitempty" && option != "omitzero" {
				return p
			}
		}
		if !plainWireName(name) {
			return p
		}
		tagged = append(tagged, name)
	}
	if len(tagged) != len(names) {
		return p
	}
	for i, name := range names {
		if tagged[i] != name {
			return p
		}
		key := looseKey(name)
		if p.loose[key] {
			return p
		}
		p.index[name] = i
		p.loose[key] = true
	}
	p.fast = true
	return p
}

// plainWireName reports whether every encoding/json reads name as a tag the
// same way: ASCII letters, digits and a few marks, not starting with a quote.
func plainWireName(name string) bool {
	if name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case c == '_' || c == '-' || c == '.' || c == '$' || c == '@' || c == '/' || c == ':' || c == '+':
		default:
			return false
		}
	}
	return true
}

// looseKey folds a key the loosest way encoding/json might match it to a
// field: '_' and '-' dropped, each letter by its simplest case fold.
func looseKey(key string) string {
	var b strings.Builder
	b.Grow(len(key))
	for _, r := range key {
		if r == '_' || r == '-' {
			continue
		}
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b.WriteRune(least)
	}
	return b.String()
}

// split reads the members of a JSON object: each key a wire name at most
// once, or a key no wire name loosely matches; those come back as the extra
// members (nil when none). false: anything else, or JSON it cannot read.
func (p *wirePlan) split(data []byte) (map[string]json.RawMessage, bool) {
	var seen fieldSet
	var extra map[string]json.RawMessage
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return nil, false
	}
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == '}' {
		return nil, true
	}
	for {
		if i >= len(data) || data[i] != '"' {
			return nil, false
		}
		end, plain, ok := skipString(data, i)
		if !ok {
			return nil, false
		}
		raw, key := data[i+1:end-1], ""
		if !plain {
			if key, ok = unquote(data[i:end]); !ok {
				return nil, false
			}
			raw = []byte(key)
		}
		i = skipSpace(data, end)
		if i >= len(data) || data[i] != ':' {
			return nil, false
		}
		start := skipSpace(data, i+1)
		end, ok = skipValue(data, start)
		if !ok {
			return nil, false
		}
		if at, known := p.index[string(raw)]; known {
			if seen.has(at) {
				return nil, false // repeated: encoding/json would decode both
			}
			seen.add(at, len(p.index))
		} else {
			if key == "" {
				key = string(raw)
			}
			if p.loose[looseKey(key)] {
				return nil, false // a case variant: encoding/json would take it for the field
			}
			if extra == nil {
				extra = map[string]json.RawMessage{}
			}
			extra[key] = append(json.RawMessage(nil), data[start:end]...)
		}
		i = skipSpace(data, end)
		if i >= len(data) {
			return nil, false
		}
		switch data[i] {
		case ',':
			i = skipSpace(data, i+1)
		case '}':
			return extra, true
		default:
			return nil, false
		}
	}
}

// fieldSet is a set of field places: a bit mask, a slice past 64 fields.
type fieldSet struct {
	bits uint64
	more []bool
}

func (s *fieldSet) has(i int) bool {
	if i < 64 {
		return s.bits&(1<<i) != 0
	}
	return s.more != nil && s.more[i]
}

func (s *fieldSet) add(i, size int) {
	if i < 64 {
		s.bits |= 1 << i
		return
	}
	if s.more == nil {
		s.more = make([]bool, size)
	}
	s.more[i] = true
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

// skipString reads the string that starts at data[i] (a quote): the index
// after its closing quote, and whether it is plain ASCII without escapes (its
// bytes are then its text).
func skipString(data []byte, i int) (end int, plain, ok bool) {
	plain = true
	for j := i + 1; j < len(data); j++ {
		if c := data[j]; c >= 0x20 && c < utf8.RuneSelf && c != '"' && c != '\\' {
			continue
		}
		switch c := data[j]; {
		case c == '"':
			return j + 1, plain, true
		case c == '\\':
			plain = false
			j++
		case c < 0x20:
			return 0, false, false
		case c >= utf8.RuneSelf:
			plain = false
		}
	}
	return 0, false, false
}

// skipValue reads the JSON value that starts at data[i]: the index after it.
// It only finds where the value ends; json.Unmarshal checks the rest.
func skipValue(data []byte, i int) (int, bool) {
	depth := 0
	for i < len(data) {
		switch data[i] {
		case '"':
			end, _, ok := skipString(data, i)
			if !ok {
				return 0, false
			}
			if depth == 0 {
				return end, true
			}
			i = end
			continue
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth < 0 {
				return 0, false
			}
			if depth == 0 {
				return i + 1, true
			}
		default:
			if depth == 0 { // a number, true, false or null
				j := i
				for j < len(data) && !isDelimiter(data[j]) {
					j++
				}
				return j, j > i
			}
		}
		i++
	}
	return 0, false
}

func isDelimiter(c byte) bool {
	switch c {
	case ',', '}', ']', ':', '"', '{', '[', ' ', '\t', '\r', '\n':
		return true
	}
	return false
}
