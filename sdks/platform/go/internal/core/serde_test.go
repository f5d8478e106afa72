package core

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestOptionalHasThreeStates(t *testing.T) {
	var absent Optional[string]
	if absent.IsPresent() || absent.IsNull() || absent.IsSet() {
		t.Fatalf("zero Optional must be absent: %v", absent)
	}
	null := Null[string]()
	if !null.IsPresent() || !null.IsNull() || null.IsSet() {
		t.Fatalf("Null: %v", null)
	}
	value := Some("x")
	if v, ok := value.Get(); !ok || v != "x" || value.Ptr() == nil || *value.Ptr() != "x" {
		t.Fatalf("Some: %v", value)
	}
	if absent.Or("d") != "d" || null.Or("d") != "d" || value.Or("d") != "x" {
		t.Fatal("Or")
	}
}

func TestAbsentNullAndValueSurviveARoundTrip(t *testing.T) {
	var m testModel
	in := `{"id":"a","status":"running","completed_at":null,"count":2}`
	if err := json.Unmarshal([]byte(in), &m); err != nil {
		t.Fatal(err)
	}
	if !m.CompletedAt.IsNull() {
		t.Errorf("completed_at: want null, got %v", m.CompletedAt)
	}
	if m.ImageURI.IsPresent() {
		t.Errorf("image_uri: want absent, got %v", m.ImageURI)
	}
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != in {
		t.Errorf("round trip:\n got %s\nwant %s", out, in)
	}

	m.ImageURI = Some("gcr.io/x")
	m.CompletedAt = Some(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
	out, _ = json.Marshal(m)
	want := `{"id":"a","status":"running","completed_at":"2026-01-02T03:04:05Z","image_uri":"gcr.io/x","count":2}`
	if string(out) != want {
		t.Errorf("values:\n got %s\nwant %s", out, want)
	}
}

func TestUnknownFieldsAreKeptAndSentBack(t *testing.T) {
	var m testModel
	in := `{"id":"a","status":"done","count":1,"new_field":{"x":[1,2]},"another":"v"}`
	if err := json.Unmarshal([]byte(in), &m); err != nil {
		t.Fatal(err)
	}
	if string(m.ExtraFields["new_field"]) != `{"x":[1,2]}` || string(m.ExtraFields["another"]) != `"v"` {
		t.Fatalf("extra fields: %v", m.ExtraFields)
	}
	out, _ := json.Marshal(m)
	want := `{"id":"a","status":"done","count":1,"another":"v","new_field":{"x":[1,2]}}`
	if string(out) != want {
		t.Errorf("got %s want %s", out, want)
	}
	m.ExtraFields["id"] = json.RawMessage(`"shadow"`)
	out, _ = json.Marshal(m)
	if !strings.HasPrefix(string(out), `{"id":"a",`) || strings.Contains(string(out), "shadow") {
		t.Errorf("a known field must win over an extra one: %s", out)
	}
}

func TestUnknownEnumValueIsKept(t *testing.T) {
	var m testModel
	if err := json.Unmarshal([]byte(`{"id":"a","status":"paused"}`), &m); err != nil {
		t.Fatal(err)
	}
	if m.Status != "paused" || m.Status == testStatusRunning {
		t.Fatalf("status: %q", m.Status)
	}
	out, _ := json.Marshal(m)
	if !strings.Contains(string(out), `"status":"paused"`) {
		t.Errorf("not sent back: %s", out)
	}
}

func TestWrongTypeIsAnError(t *testing.T) {
	var m testModel
	err := json.Unmarshal([]byte(`{"id":"a","count":"many"}`), &m)
	if err == nil || !strings.Contains(err.Error(), `"count"`) {
		t.Fatalf("want an error naming the field, got %v", err)
	}
	if err := json.Unmarshal([]byte(`null`), &m); err != nil {
		t.Fatalf("null leaves the model alone: %v", err)
	}
	if err := json.Unmarshal([]byte(`[1]`), &m); err == nil {
		t.Fatal("an array is not an object")
	}
}

type connected struct {
	Connected   bool                       `json:"connected"`
	Repo        string                     `json:"repo_full_name"`
	ExtraFields map[string]json.RawMessage `json:"-"`
}

func (m *connected) UnmarshalJSON(data []byte) error {
	return DecodeObject(data, &m.ExtraFields, Field("connected", &m.Connected), Field("repo_full_name", &m.Repo))
}

type disconnected struct {
	Connected   bool                       `json:"connected"`
	InstallURL  Optional[string]           `json:"install_url"`
	ExtraFields map[string]json.RawMessage `json:"-"`
}

func (m *disconnected) UnmarshalJSON(data []byte) error {
	return DecodeObject(data, &m.ExtraFields, Field("connected", &m.Connected), Field("install_url", &m.InstallURL))
}

var statusUnion = Union{Variants: []Variant{
	VariantOf[connected](KindObject, []string{"connected", "repo_full_name"}, map[string]string{"connected": "true"}),
	VariantOf[disconnected](KindObject, []string{"connected"}, map[string]string{"connected": "false"}),
}}

func TestUnionPicksTheVariantWhoseConstantsFit(t *testing.T) {
	v, err := statusUnion.Decode([]byte(`{"connected":false,"install_url":"https://x"}`))
	if err != nil {
		t.Fatal(err)
	}
	d, ok := v.(disconnected)
	if !ok || d.InstallURL.Value() != "https://x" {
		t.Fatalf("want disconnected, got %#v", v)
	}
	v, _ = statusUnion.Decode([]byte(`{"connected":true,"repo_full_name":"o/r","branch":"main"}`))
	c, ok := v.(connected)
	if !ok || c.Repo != "o/r" || string(c.ExtraFields["branch"]) != `"main"` {
		t.Fatalf("want connected, got %#v", v)
	}
}

func TestUnionByDiscriminatorAndUnknownShapes(t *testing.T) {
	u := Union{Discriminator: "kind", Variants: []Variant{
		VariantOf[map[string]any](KindObject, nil, nil, "cat"),
		VariantOf[string](KindString, nil, nil),
		VariantOf[int64](KindInteger, nil, nil),
	}}
	if v, _ := u.Decode([]byte(`{"kind":"cat","lives":9}`)); v.(map[string]any)["lives"] != float64(9) {
		t.Fatalf("by discriminator: %#v", v)
	}
	if v, _ := u.Decode([]byte(`"text"`)); v != "text" {
		t.Fatalf("string: %#v", v)
	}
	if v, _ := u.Decode([]byte(`42`)); v != int64(42) {
		t.Fatalf("integer: %#v", v)
	}
	if v, err := u.Decode([]byte(`true`)); v != nil || err != nil {
		t.Fatalf("no variant fits: want nil, nil; got %#v, %v", v, err)
	}
	out, _ := EncodeUnion(nil, json.RawMessage(`true`))
	if string(out) != "true" {
		t.Fatalf("raw kept: %s", out)
	}
}

func TestUnknownDiscriminatorValueIsKeptRawWhenEveryVariantIsTagged(t *testing.T) {
	tagged := Union{Discriminator: "kind", Variants: []Variant{
		VariantOf[connected](KindObject, nil, nil, "on"),
		VariantOf[disconnected](KindObject, nil, nil, "off"),
	}}
	// Either struct would decode it leniently; the tag says it is neither.
	if v, err := tagged.Decode([]byte(`{"kind":"ferret","connected":true}`)); v != nil || err != nil {
		t.Fatalf("want nil, nil (kept raw); got %#v, %v", v, err)
	}
	if v, _ := tagged.Decode([]byte(`{"connected":true}`)); v == nil {
		t.Fatal("without the discriminator the shape still decides")
	}
	partly := Union{Discriminator: "kind", Variants: []Variant{
		VariantOf[connected](KindObject, []string{"repo_full_name"}, nil, "on"),
		VariantOf[map[string]any](KindObject, nil, nil), // untagged: an unknown value may be this one
	}}
	if v, _ := partly.Decode([]byte(`{"kind":"other"}`)); v == nil {
		t.Fatal("an untagged variant may take a value no tag names")
	}
}

func TestScalarTextOfQueryValues(t *testing.T) {
	when := time.Date(2026, 11, 22, 9, 0, 0, 500, time.FixedZone("KST", 9*3600))
	for value, want := range map[any]string{
		"s": "s", true: "true", int64(-3): "-3", 2.5: "2.5", testStatusDone: "done",
		when: "2026-11-22T00:00:00.0000005Z",
	} {
		if got := scalarText(value); got != want {
			t.Errorf("scalarText(%v) = %q, want %q", value, got, want)
		}
	}
}
