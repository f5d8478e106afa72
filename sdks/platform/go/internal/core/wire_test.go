package core

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

// wireModel decodes in one pass (DecodeModel); slowModel is the same model
// decoded field by field (DecodeObject). They must always agree.
type wireModel struct {
	ID          string                     `json:"id"`
	Status      testStatus                 `json:"status"`
	CompletedAt Optional[time.Time]        `json:"completed_at"`
	ImageURI    Optional[string]           `json:"image_uri"`
	Count       int64                      `json:"count"`
	Tags        []string                   `json:"tags"`
	Child       Optional[wireChild]        `json:"child_model"`
	Flag        bool                       `json:"flag"`
	Children    []wireChild                `json:"children"`
	Pointer     *wireChild                 `json:"pointer"`
	Anything    any                        `json:"anything"`
	Raw         json.RawMessage            `json:"raw"`
	Score       float64                    `json:"score"`
	Number      json.Number                `json:"number"`
	When        time.Time                  `json:"when"`
	ExtraFields map[string]json.RawMessage `json:"-"`
}

func (m *wireModel) fields() []FieldRef {
	return []FieldRef{
		Field("id", &m.ID),
		Field("status", &m.Status),
		Field("completed_at", &m.CompletedAt),
		Field("image_uri", &m.ImageURI),
		Field("count", &m.Count),
		Field("tags", &m.Tags),
		Field("child_model", &m.Child),
		Field("flag", &m.Flag),
		Field("children", &m.Children),
		Field("pointer", &m.Pointer),
		Field("anything", &m.Anything),
		Field("raw", &m.Raw),
		Field("score", &m.Score),
		Field("number", &m.Number),
		Field("when", &m.When),
	}
}

func (m *wireModel) UnmarshalJSON(data []byte) error {
	return DecodeModel(data, m, &m.ExtraFields, m.fields)
}

type slowModel wireModel

func (m *slowModel) UnmarshalJSON(data []byte) error {
	return DecodeObject(data, &m.ExtraFields, (*wireModel)(m).fields()...)
}

type wireChild struct {
	Name        string                     `json:"name"`
	ExtraFields map[string]json.RawMessage `json:"-"`
}

func (m *wireChild) UnmarshalJSON(data []byte) error {
	return DecodeModel(data, m, &m.ExtraFields, func() []FieldRef {
		return []FieldRef{Field("name", &m.Name)}
	})
}

func decodeBoth(t *testing.T, start wireModel, in string) (fast, slow wireModel, fastErr, slowErr error) {
	t.Helper()
	fast, slowStart := start, slowModel(start)
	fastErr = json.Unmarshal([]byte(in), &fast)
	slowErr = json.Unmarshal([]byte(in), &slowStart)
	return fast, wireModel(slowStart), fastErr, slowErr
}

func sameDecoding(t *testing.T, start wireModel, in string) wireModel {
	t.Helper()
	fast, slow, fastErr, slowErr := decodeBoth(t, start, in)
	if fmt.Sprint(fastErr) != fmt.Sprint(slowErr) {
		t.Fatalf("%s: errors differ:\n one pass:       %v\n field by field: %v", in, fastErr, slowErr)
	}
	if !reflect.DeepEqual(fast, slow) {
		t.Fatalf("%s: models differ:\n one pass:       %#v\n field by field: %#v", in, fast, slow)
	}
	return fast
}

func TestDecodeModelTakesExactWireNamesAndKeepsTheRest(t *testing.T) {
	m := sameDecoding(t, wireModel{}, `{"id":"a","status":"running","count":3,"tags":["x","y"],"child_model":{"name":"c","more":1},"new_field":{"x":[1,2]},"other":"v"}`)
	if m.ID != "a" || m.Count != 3 || len(m.Tags) != 2 || m.Child.Value().Name != "c" {
		t.Fatalf("known fields: %#v", m)
	}
	if string(m.ExtraFields["new_field"]) != `{"x":[1,2]}` || string(m.ExtraFields["other"]) != `"v"` || len(m.ExtraFields) != 2 {
		t.Fatalf("extra fields: %v", m.ExtraFields)
	}
	if string(m.Child.Value().ExtraFields["more"]) != "1" {
		t.Fatalf("nested extra fields: %v", m.Child.Value().ExtraFields)
	}
	if m := sameDecoding(t, wireModel{}, `{"id":"a"}`); m.ExtraFields != nil {
		t.Fatalf("no extra members: want nil, got %v", m.ExtraFields)
	}
}

func TestDecodeModelKeepsCaseVariantsAsExtraMembers(t *testing.T) {
	// encoding/json alone would put "ID" into ID and let "Count" overwrite count.
	for _, in := range []string{
		`{"ID":"upper"}`,
		`{"id":"a","ID":"b"}`,
		`{"ID":"b","id":"a"}`,
		`{"count":1,"Count":2,"COUNT":3}`,
		`{"Image_URI":"x","imageuri":"y","image-uri":"z"}`,
		`{"\u0049D":"escaped upper","st\u0061tus":"done"}`,
		"{\"\u212a\":1,\"i\u017fd\":2}", // Kelvin sign, long s: they fold to k and s
		`{"childmodel":{"name":"n"},"Child_Model":{"name":"m"}}`,
	} {
		m := sameDecoding(t, wireModel{}, in)
		if m.ID == "upper" || m.ID == "b" || m.Count == 2 || m.Count == 3 || m.ImageURI.IsPresent() || m.Child.IsPresent() {
			t.Fatalf("%s: a case variant was taken for a field: %#v", in, m)
		}
	}
	m := sameDecoding(t, wireModel{}, `{"ID":"x","id":"a"}`)
	if m.ID != "a" || string(m.ExtraFields["ID"]) != `"x"` {
		t.Fatalf("case variant: %#v", m)
	}
}

func TestDecodeModelRepeatedAndEscapedKeys(t *testing.T) {
	for _, in := range []string{
		`{"id":"a","id":"b"}`,
		`{"tags":["a","b","c"],"tags":["d"]}`,
		`{"child_model":{"name":"a","x":1},"child_model":{"y":2}}`,
		`{"extra":1,"extra":2}`,
		`{"\u0069d":"escaped","x\"y":1,"caf\u00e9":2,"café":3}`,
		"{\"bad\xffutf8\":1,\"id\":\"ok\"}",
		`{"":1,"id":""}`,
		` { "id" : "spaced" , "count" : 7 , "tags" : [ "a" , "b" ] } `,
		`{"id":"a\"b\\c","image_uri":"é\n","status":"\u00e9"}`,
		`{"completed_at":"2026-01-02T03:04:05Z","image_uri":null,"child_model":null}`,
		`{"flag":true,"children":[{"name":"a"},null,{"name":"b","z":[1]}],"pointer":{"name":"p"},"anything":{"a":[1,"x"]},"raw":[1, 2],"score":1.5e3,"number":"12","when":"2026-01-02T03:04:05+09:00"}`,
		`{"children":[],"pointer":null,"anything":null,"raw":null,"flag":null,"count":null,"id":null,"when":null}`,
		`{"count":-0,"score":-1,"number":12.5e-3,"children":[ { "name" : "s" } , {"NAME":"t"} ]}`,
		`{"count":12345678901234567890,"children":[{"name":1}]}`,
		`{"number":"not a number","flag":"yes","children":{"name":"x"}}`,
	} {
		sameDecoding(t, wireModel{}, in)
	}
	m := sameDecoding(t, wireModel{}, `{"id":"a","id":"b","extra":1,"extra":2}`)
	if m.ID != "b" || string(m.ExtraFields["extra"]) != "2" {
		t.Fatalf("the last of a repeated key wins: %#v", m)
	}
}

func TestDecodeModelErrorsAndStateMatchFieldByField(t *testing.T) {
	start := wireModel{ID: "old", Count: 9, Tags: nil, ExtraFields: map[string]json.RawMessage{"kept": json.RawMessage("1")}}
	for _, in := range []string{
		`{"id":"a","count":"many"}`,
		`{"count":"many","id":5}`,
		`{"id":"a","completed_at":"not a time"}`,
		`{"status":"done","child_model":[1]}`,
		`{"id":"a",}`,
		`{"id":"a"`,
		`{"id":"a"} x`,
		`[1]`,
		`"text"`,
		`null`,
		`{}`,
		`{"image_uri":null}`,
	} {
		sameDecoding(t, start, in)
	}
	var m wireModel
	err := m.UnmarshalJSON([]byte(`{"id":"a","count":"many"}`))
	var typeErr *json.UnmarshalTypeError
	if err == nil || !strings.Contains(err.Error(), `field "count"`) || !errors.As(err, &typeErr) {
		t.Fatalf("want the field-by-field error naming the field, got %v", err)
	}
	if m.ID != "a" || m.Count != 0 {
		t.Fatalf("after an error the model is as field by field left it: %#v", m)
	}
}

func TestDecodeModelDoesNotNeedTheTags(t *testing.T) {
	type odd struct {
		Name        string                     `json:"-"`
		Value       int64                      `json:"value,string"`
		ExtraFields map[string]json.RawMessage `json:"-"`
	}
	var m odd
	fields := func() []FieldRef { return []FieldRef{Field("a name", &m.Name), Field("value", &m.Value)} }
	if err := DecodeModel([]byte(`{"a name":"n","value":5,"x":1}`), &m, &m.ExtraFields, fields); err != nil {
		t.Fatal(err)
	}
	if m.Name != "n" || m.Value != 5 || string(m.ExtraFields["x"]) != "1" {
		t.Fatalf("got %#v", m)
	}
}

func TestDecodeValueShortcutMatchesEncodingJSON(t *testing.T) {
	for _, in := range []string{`"plain"`, `"é"`, `"a\"b"`, `""`, ` "spaced" `, `"2026-01-02T03:04:05Z"`, `"bad time"`, `5`} {
		var viaJSON, viaShortcut Optional[string]
		e1 := json.Unmarshal([]byte(in), &viaJSON)
		e2 := viaShortcut.UnmarshalJSON([]byte(in))
		if fmt.Sprint(e1) != fmt.Sprint(e2) || viaJSON != viaShortcut {
			t.Fatalf("string %s: %v/%v %v/%v", in, viaJSON, e1, viaShortcut, e2)
		}
		var s1, s2 Optional[testStatus]
		e1, e2 = json.Unmarshal([]byte(in), &s1), s2.UnmarshalJSON([]byte(in))
		if fmt.Sprint(e1) != fmt.Sprint(e2) || s1 != s2 {
			t.Fatalf("named string %s: %v/%v %v/%v", in, s1, e1, s2, e2)
		}
		var t1, t2 Optional[time.Time]
		e1, e2 = json.Unmarshal([]byte(in), &t1), t2.UnmarshalJSON([]byte(in))
		if fmt.Sprint(e1) != fmt.Sprint(e2) || !t1.Value().Equal(t2.Value()) || t1.IsSet() != t2.IsSet() {
			t.Fatalf("time %s: %v/%v %v/%v", in, t1, e1, t2, e2)
		}
		var n1, n2 Optional[json.Number]
		e1, e2 = json.Unmarshal([]byte(in), &n1), n2.UnmarshalJSON([]byte(in))
		if fmt.Sprint(e1) != fmt.Sprint(e2) || n1 != n2 {
			t.Fatalf("json.Number %s: %v/%v %v/%v", in, n1, e1, n2, e2)
		}
	}
}

// FuzzDecodeModel checks on any input that the one pass and the field by
// field decoding agree. The seeds run with go test; go test -fuzz explores.
func FuzzDecodeModel(f *testing.F) {
	for _, seed := range []string{
		`{"id":"a","status":"running","count":3,"tags":["x"],"child_model":{"name":"c"},"x":{"y":[1,"}"]}}`,
		`{"ID":"b","Id":"c","id":"d"}`, `{"id":"a","id":"b"}`, `{"\u0069d":"e"}`, `{"count":1e3}`, `{"tags":null}`,
		`{"child_model":{"NAME":"x","name":"y"}}`, `{"a":"\\","b":"\"}"}`, `{}`, `[]`, `null`, `{`, `{"id":"a"}}`,
		`{"flag":false,"children":[{"name":"a"},null],"pointer":{"name":"p"},"anything":[1],"raw":{"x":1},"score":2,"number":3,"when":"2026-01-02T03:04:05Z"}`,
		`{"count":-12,"count":7,"children":[{"name":"x"}],"children":null}`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		start := wireModel{ID: "old", Children: []wireChild{{Name: "old"}}, ExtraFields: map[string]json.RawMessage{"kept": json.RawMessage("1")}}
		fast, slow, fastErr, slowErr := decodeBoth(t, start, in)
		if fmt.Sprint(fastErr) != fmt.Sprint(slowErr) {
			t.Fatalf("%q: errors differ: %v / %v", in, fastErr, slowErr)
		}
		if fastErr == nil && !reflect.DeepEqual(fast, slow) {
			t.Fatalf("%q: models differ:\n%#v\n%#v", in, fast, slow)
		}
	})
}

func TestDecodeResultOfAModelMatchesJSONUnmarshal(t *testing.T) {
	for _, body := range []string{
		`{"id":"a","ID":"b","x":1}`,
		" \n{\"id\":\"a\",\"count\":2}\t ",
		`{"id":"a"} trailing`,
		`{"id":"a",`,
		`{"count":"many"}`,
		`{"completed_at":"yesterday"}`,
		`null`,
		`[{"id":"a"}]`,
	} {
		viaJSON := new(wireModel)
		jsonErr := json.Unmarshal([]byte(body), &viaJSON)
		direct, ok := decodeModel[*wireModel]([]byte(body))
		if ok != (jsonErr == nil && strings.HasPrefix(strings.TrimSpace(body), "{")) {
			t.Fatalf("%q: shortcut taken %v, json.Unmarshal error %v", body, ok, jsonErr)
		}
		if ok && !reflect.DeepEqual(direct, viaJSON) {
			t.Fatalf("%q: %#v, json.Unmarshal gives %#v", body, direct, viaJSON)
		}
	}
	if _, ok := decodeModel[*time.Time]([]byte(`{}`)); ok {
		t.Fatal("only generated models take the shortcut")
	}
}

func TestOptionalModelMatchesJSONUnmarshal(t *testing.T) {
	for _, in := range []string{`{"name":"n","x":1}`, `{"NAME":"n"}`, `{"name":5}`, `{"name":"a"} x`, `{"name":`, `[1]`, ` {"name":"s"}`} {
		var viaJSON, viaOptional Optional[wireChild]
		var plain wireChild
		jsonErr := json.Unmarshal([]byte(in), &plain)
		if jsonErr == nil {
			viaJSON = Some(plain)
		}
		err := viaOptional.UnmarshalJSON([]byte(in))
		if fmt.Sprint(err) != fmt.Sprint(jsonErr) || !reflect.DeepEqual(viaJSON, viaOptional) {
			t.Fatalf("%q: %#v/%v, json.Unmarshal gives %#v/%v", in, viaOptional, err, viaJSON, jsonErr)
		}
	}
}

func TestRenderPathFillsEveryNameLikeTheTemplateSyntax(t *testing.T) {
	values := map[string]any{"a": "x/y", "b": "2", "x": "X", "a{b": "no", "": "no"}
	for template, want := range map[string]string{
		"/things/{a}/{b}": "/things/x%2Fy/2",
		"/{{x}}":          "/{X}",
		"/{}/{b}":         "/{}/2",
		"/{a{b}":          "/{a2",
		"/tail{":          "/tail{",
		"/}{x}{":          "/}X{",
		"{b}{b}":          "22",
		"/plain":          "/plain",
	} {
		op := &Operation{ID: "op", Path: template}
		got, err := renderPath(op, values)
		if err != nil || got != want {
			t.Errorf("%s: got %q (%v), want %q", template, got, err, want)
		}
	}
	if _, err := renderPath(&Operation{ID: "op", Path: "/{missing}/{a}"}, values); err == nil || !strings.Contains(err.Error(), `"missing"`) {
		t.Fatalf("a missing value must be named: %v", err)
	}
}

// benchPage is a page of models, as a list call answers.
const benchPage = `{"items":[` +
	`{"id":"0d01","status":"succeeded","completed_at":"2025-05-03T09:00:08Z","image_uri":"gcr.io/apps/shop:5a0e","count":1,"child_model":null,"tags":["a"]},` +
	`{"id":"0d02","status":"failed","completed_at":"2025-05-02T10:00:04Z","image_uri":null,"count":2,"child_model":{"name":"build_failed"}},` +
	`{"id":"0d03","status":"succeeded","completed_at":"2025-05-01T10:00:08Z","image_uri":"gcr.io/apps/shop:3f1c","count":3,"child_model":null}` +
	`],"total":3}`

type benchModelPage struct {
	Items       []wireModel                `json:"items"`
	Total       int64                      `json:"total"`
	ExtraFields map[string]json.RawMessage `json:"-"`
}

func (m *benchModelPage) UnmarshalJSON(data []byte) error {
	return DecodeModel(data, m, &m.ExtraFields, func() []FieldRef {
		return []FieldRef{Field("items", &m.Items), Field("total", &m.Total)}
	})
}

type slowModelPage struct {
	Items       []slowModel
	Total       int64
	ExtraFields map[string]json.RawMessage
}

func (m *slowModelPage) UnmarshalJSON(data []byte) error {
	return DecodeObject(data, &m.ExtraFields, Field("items", &m.Items), Field("total", &m.Total))
}

// go test -bench Page -benchmem: a page into models (DecodeModel), the same
// field by field (DecodeObject), and into any (what bare encoding/json does).
func BenchmarkPageDecodeModel(b *testing.B) {
	data := []byte(benchPage)
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := decodeModel[*benchModelPage](data); !ok {
			b.Fatal("not decoded")
		}
	}
}

func BenchmarkPageDecodeObject(b *testing.B) {
	data := []byte(benchPage)
	b.ReportAllocs()
	for b.Loop() {
		var page *slowModelPage
		if err := json.Unmarshal(data, &page); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPageIntoAny(b *testing.B) {
	data := []byte(benchPage)
	b.ReportAllocs()
	for b.Loop() {
		var page any
		if err := json.Unmarshal(data, &page); err != nil {
			b.Fatal(err)
		}
	}
}

// scanAccepts is what DecodeModel's scan takes for valid JSON: one value, with
// only JSON's white space around it.
func scanAccepts(data []byte) bool {
	end, ok := scanValue(data, skipSpace(data, 0), 1)
	return ok && skipSpace(data, end) == len(data)
}

var scanCases = []string{
	`{}`, `[]`, `""`, `0`, `-0`, `1.5e+3`, `1E-2`, `-12.25`, `true`, `false`, `null`, ` {"a" : [1, {"b":null}] } `,
	`"\u00e9\n\t\\\/\"\b\f\r"`, "\"\xff\xfe\"", "\"\x7f\"", `{"a":1,"a":2}`, `[[[[[[]]]]]]`,
	`01`, `-`, `1.`, `.5`, `1e`, `1e+`, `+1`, `0x1`, `NaN`, `Infinity`, `tru`, `truex`, `nul`, `True`,
	`"\x"`, `"\u12"`, `"\u12G4"`, "\"a\x01\"", "\"tab\there\"", `"open`, `{"a"}`, `{"a":}`, `{"a":1,}`, `{,}`,
	`[1,]`, `[,1]`, `[1 2]`, `{"a":1 "b":2}`, `{1:2}`, `{'a':1}`, `{"a":1}}`, `]`, `}`, ``, ` `, "{\"a\":1}\x00",
	"\v{}", "{}\u00a0", `[1]]`, `{"a":[}`, `{"a":{]}`,
}

func TestScanValueAcceptsExactlyWhatJSONValidAccepts(t *testing.T) {
	for _, in := range scanCases {
		if got, want := scanAccepts([]byte(in)), json.Valid([]byte(in)); got != want {
			t.Errorf("%q: the scan says %v, json.Valid %v", in, got, want)
		}
	}
	deep := strings.Repeat("[", maxScanDepth+5) + strings.Repeat("]", maxScanDepth+5)
	if scanAccepts([]byte(deep)) {
		t.Fatal("nesting beyond maxScanDepth must be left to encoding/json")
	}
	var m wireModel // ... which still decodes it
	if err := m.UnmarshalJSON([]byte(`{"x":` + deep + `}`)); err != nil || len(m.ExtraFields["x"]) != len(deep) {
		t.Fatalf("deep member: %v", err)
	}
}

// FuzzScanValue checks on any input that the scan never takes what json.Valid
// refuses, and takes all it accepts (up to maxScanDepth).
func FuzzScanValue(f *testing.F) {
	for _, seed := range scanCases {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, want := scanAccepts([]byte(in)), json.Valid([]byte(in))
		if got && !want {
			t.Fatalf("%q: the scan takes what json.Valid refuses", in)
		}
		if want && !got && strings.Count(in, "[")+strings.Count(in, "{") <= maxScanDepth {
			t.Fatalf("%q: the scan refuses valid JSON", in)
		}
	})
}

func TestDecodeModelOfInvalidJSONFailsAsFieldByField(t *testing.T) {
	start := wireModel{ID: "old", ExtraFields: map[string]json.RawMessage{"kept": json.RawMessage("1")}}
	for _, in := range scanCases {
		if strings.HasPrefix(strings.TrimSpace(in), "{") {
			sameDecoding(t, start, in)
			sameDecoding(t, start, `{"id":"a","x":`+in+`}`)
			sameDecoding(t, start, `{"child_model":`+in+`,"id":"b"}`)
		}
		sameDecoding(t, start, `{"extra":`+in+`}`)
		sameDecoding(t, start, `{"children":[`+in+`]}`)
	}
}
