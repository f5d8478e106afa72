package core

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/textproto"
	"path"
	"reflect"
	"sort"
	"strings"
)

// File is one file of a multipart/form-data body. A []byte or an io.Reader
// value is sent as a file too, named after its field.
type File struct {
	Name        string
	ContentType string // default application/octet-stream
	Content     io.Reader
}

func mediaType(contentType string) string {
	media, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return strings.ToLower(strings.TrimSpace(strings.Split(contentType, ";")[0]))
	}
	return media
}

func isJSONMedia(media string) bool {
	return media == "application/json" || strings.HasSuffix(media, "+json")
}

// encodeBody turns the body into bytes and the Content-Type to send them
// with, per the operation's request media type.
func encodeBody(op *Operation, body any) ([]byte, string, error) {
	value, ok := present(body)
	if !ok {
		if op.BodyRequired {
			return nil, "", invalidArgument(op, "a request body is required (Body)")
		}
		return nil, "", nil
	}
	contentType := op.ContentType
	if contentType == "" {
		contentType = "application/json"
	}
	media := mediaType(contentType)
	switch {
	case isJSONMedia(media):
		data, err := jsonBody(value)
		if err != nil {
			return nil, "", invalidArgument(op, "the body cannot be sent as JSON: %v", err)
		}
		return data, contentType, nil
	case media == "application/x-www-form-urlencoded":
		entries, err := formEntries(value)
		if err != nil {
			return nil, "", invalidArgument(op, "a form body %v", err)
		}
		var pairs [][2]string
		for _, e := range entries {
			pairs = append(pairs, queryPairs(e.key, e.value, Param{}, false)...)
		}
		return []byte(encodeQuery(pairs)), contentType, nil
	case media == "multipart/form-data":
		entries, err := formEntries(value)
		if err != nil {
			return nil, "", invalidArgument(op, "a multipart body %v", err)
		}
		return multipartBody(op, entries)
	}
	switch x := value.(type) {
	case []byte:
		return x, contentType, nil
	case string:
		return []byte(x), contentType, nil
	case io.Reader:
		data, err := io.ReadAll(x)
		if err != nil {
			return nil, "", invalidArgument(op, "reading the body: %v", err)
		}
		return data, contentType, nil
	}
	return nil, "", invalidArgument(op, "a %s body must be []byte, string or an io.Reader, not %T", contentType, value)
}

func jsonBody(value any) ([]byte, error) {
	switch x := value.(type) {
	case json.RawMessage:
		if !json.Valid(x) {
			return nil, fmt.Errorf("json.RawMessage is not valid JSON")
		}
		return x, nil
	case []byte:
		if !json.Valid(x) {
			return nil, fmt.Errorf("[]byte body is not valid JSON")
		}
		return x, nil
	case io.Reader:
		data, err := io.ReadAll(x)
		if err != nil {
			return nil, err
		}
		if !json.Valid(data) {
			return nil, fmt.Errorf("the reader's content is not valid JSON")
		}
		return data, nil
	}
	return json.Marshal(value)
}

// formEntries reads a map (keys in order) or a model (fields in order) as the
// fields of a form. []byte, io.Reader and File values stay as they are.
func formEntries(value any) ([]entry, error) {
	rv := reflect.ValueOf(value)
	switch rv.Kind() {
	case reflect.Map:
		if rv.Type().Key().Kind() != reflect.String {
			return nil, fmt.Errorf("must be a map with string keys or a model, not %T", value)
		}
		keys := rv.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		out := make([]entry, 0, len(keys))
		for _, k := range keys {
			if v, ok := present(rv.MapIndex(k).Interface()); ok {
				out = append(out, entry{k.String(), v})
			}
		}
		return out, nil
	case reflect.Struct:
		return structFormEntries(value, rv), nil
	}
	return nil, fmt.Errorf("must be a map or a model, not %T", value)
}

// structFormEntries reads a model through its JSON form (so wire names are
// exactly what MarshalJSON writes), then puts back the bytes of file fields
// ([]byte, io.Reader, File), which JSON would have turned into text.
func structFormEntries(value any, rv reflect.Value) []entry {
	_, object, kind := shape(value)
	if kind != reflect.Map {
		return nil
	}
	files := map[string]any{}
	t := rv.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		name, _, _ := strings.Cut(tag, ",")
		if !f.IsExported() || tag == "-" || name == "" {
			continue
		}
		if v, ok := present(rv.Field(i).Interface()); ok && isFile(v) {
			files[name] = v
		}
	}
	for i := range object {
		if v, ok := files[object[i].key]; ok {
			object[i].value = v
		}
	}
	return object
}

func multipartBody(op *Operation, entries []entry) ([]byte, string, error) {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for _, e := range entries {
		items := []any{e.value}
		if list, _, kind := shape(e.value); kind == reflect.Slice && !isFile(e.value) {
			items = list
		}
		for _, item := range items {
			if err := writePart(w, e.key, item); err != nil {
				return nil, "", invalidArgument(op, "multipart field %q: %v", e.key, err)
			}
		}
	}
	if err := w.Close(); err != nil {
		return nil, "", invalidArgument(op, "multipart body: %v", err)
	}
	return buf.Bytes(), w.FormDataContentType(), nil
}

func isFile(v any) bool {
	switch v.(type) {
	case []byte, io.Reader, File, *File:
		return true
	}
	return false
}

func writePart(w *multipart.Writer, name string, item any) error {
	if !isFile(item) {
		return w.WriteField(name, scalarText(item))
	}
	file := File{Name: name}
	switch x := item.(type) {
	case []byte:
		file.Content = bytes.NewReader(x)
	case File:
		file = x
	case *File:
		file = *x
	case io.Reader:
		file.Content = x
		if named, ok := x.(interface{ Name() string }); ok {
			file.Name = path.Base(named.Name())
		}
	}
	if file.ContentType == "" {
		file.ContentType = "application/octet-stream"
	}
	if file.Name == "" {
		file.Name = name
	}
	header := textproto.MIMEHeader{}
	header.Set("Content-Disposition", mime.FormatMediaType("form-data", map[string]string{"name": name, "filename": file.Name}))
	header.Set("Content-Type", file.ContentType)
	part, err := w.CreatePart(header)
	if err != nil {
		return err
	}
	if file.Content != nil {
		_, err = io.Copy(part, file.Content)
	}
	return err
}
