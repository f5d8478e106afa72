package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The scenario format of tests/contract/README.md; validateScenario mirrors
// validate_scenario of the Python runner.

var (
	helpers      = []string{"paginate", "wait", "tail"}
	errorClasses = []string{
		"BadRequest", "Authentication", "PermissionDenied", "NotFound", "Conflict", "PreconditionFailed",
		"UnprocessableEntity", "PreconditionRequired", "RateLimit", "Client", "Server", "Connection", "Timeout",
	}
	// apiNames: the APIs a scenario may name (its "api"); the first is the default, whose
	// scenarios are the folder's *.json; every other API's are <api>/*.json.
	apiNames     = []string{"axhub", "deplite", "platform"}
	scenarioKeys = []string{"name", "description", "api", "token", "vars", "steps"}
	stepKeys     = []string{
		"description", "operation", "helper", "token", "signingKey", "pathParams", "query", "body", "headers",
		"options", "raw", "helperOptions", "expect", "capture",
	}
	optionKeys       = []string{"maxRetries", "timeoutSeconds", "idempotencyKey"}
	helperOptionKeys = map[string][]string{
		"paginate": {},
		"wait":     {"timeoutSeconds", "intervalSeconds"},
		"tail":     {"take", "timeoutSeconds", "intervalSeconds"},
	}
	successKeys = []string{"status", "headers", "empty", "fields", "present", "absent", "count", "minCount", "elapsedAtLeast"}
	errorKeys   = []string{"error", "status", "code", "retryAfter", "fields", "elapsedAtLeast"}
	matchers    = []string{"$prefix", "$contains", "$type", "$len", "$plus", "$oneOf"}
	jsonTypes   = []string{"string", "number", "integer", "boolean", "null", "object", "array"}
	varRe       = regexp.MustCompile(`\{\{\s*(\$?[A-Za-z_][A-Za-z0-9_]*)\s*\}\}`)
	wholeVarRe  = regexp.MustCompile(`^\{\{\s*(\$?[A-Za-z_][A-Za-z0-9_]*)\s*\}\}$`)
	indexRe     = regexp.MustCompile(`^[0-9]+$`)
)

type object = map[string]any

func unknownKeys(m object, allowed []string) []string {
	var out []string
	for k := range m {
		if !slices.Contains(allowed, k) {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func nonEmptyString(v any) bool {
	s, ok := v.(string)
	return ok && s != ""
}

func isInt(v any) bool {
	f, ok := v.(float64)
	return ok && f == math.Trunc(f) && !math.IsInf(f, 0)
}

func isNumber(v any) bool {
	_, ok := v.(float64)
	return ok
}

// validateScenario lists everything wrong with one scenario document.
func validateScenario(doc any, stem string) []string {
	m, ok := doc.(object)
	if !ok {
		return []string{"a scenario is a JSON object"}
	}
	var problems []string
	for _, k := range unknownKeys(m, scenarioKeys) {
		problems = append(problems, fmt.Sprintf("unknown scenario key %q", k))
	}
	if !nonEmptyString(m["name"]) {
		problems = append(problems, "name must be a non-empty string")
	} else if stem != "" && m["name"] != stem {
		problems = append(problems, fmt.Sprintf("name %q differs from the file name %q", m["name"], stem))
	}
	if !nonEmptyString(m["description"]) {
		problems = append(problems, "description must be a non-empty string")
	}
	if tok, ok := m["token"]; ok && tok != nil {
		if _, isStr := tok.(string); !isStr {
			problems = append(problems, "token must be a string or null")
		}
	}
	if v, ok := m["vars"]; ok {
		if _, isObj := v.(object); !isObj {
			problems = append(problems, "vars must be an object")
		}
	}
	if v, ok := m["api"]; ok {
		if name, isStr := v.(string); !isStr || !slices.Contains(apiNames, name) {
			problems = append(problems, fmt.Sprintf("api must be one of %s", strings.Join(apiNames, ", ")))
		}
	}
	steps, ok := m["steps"].([]any)
	if !ok || len(steps) == 0 {
		return append(problems, "steps must be a non-empty array")
	}
	for i, step := range steps {
		for _, p := range validateStep(step) {
			problems = append(problems, fmt.Sprintf("step %d: %s", i+1, p))
		}
	}
	return problems
}

func validateStep(raw any) []string {
	step, ok := raw.(object)
	if !ok {
		return []string{"a step is a JSON object"}
	}
	var problems []string
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	for _, k := range unknownKeys(step, stepKeys) {
		add("unknown step key %q", k)
	}
	if !nonEmptyString(step["operation"]) {
		add("operation must be an operationId")
	}
	if v, ok := step["signingKey"]; ok {
		key, isObj := v.(object)
		_, idOK := key["keyId"].(string)
		_, secretOK := key["secret"].(string)
		if !isObj || len(key) != 2 || !idOK || !secretOK {
			add("signingKey must be {keyId, secret} (strings)")
		}
	}
	helper, hasHelper := step["helper"]
	helperName := ""
	if hasHelper && helper != nil {
		name, isStr := helper.(string)
		if !isStr || !slices.Contains(helpers, name) {
			add("helper must be one of %s", strings.Join(helpers, ", "))
		} else {
			helperName = name
		}
	}
	if tok, ok := step["token"]; ok && tok != nil {
		if _, isStr := tok.(string); !isStr {
			add("token must be a string or null")
		}
	}
	for _, key := range []string{"pathParams", "query", "headers", "options", "helperOptions", "capture"} {
		if v, ok := step[key]; ok {
			if _, isObj := v.(object); !isObj {
				add("%s must be an object", key)
			}
		}
	}
	if opts, ok := step["options"].(object); ok {
		for _, k := range unknownKeys(opts, optionKeys) {
			add("unknown option %q", k)
		}
	}
	if hopts, ok := step["helperOptions"]; ok {
		if helperName == "" {
			add("helperOptions needs a helper")
		} else if m, isObj := hopts.(object); isObj {
			for _, k := range unknownKeys(m, helperOptionKeys[helperName]) {
				add("unknown helperOptions key %q for %s", k, helperName)
			}
		}
	}
	if r, ok := step["raw"]; ok {
		b, isBool := r.(bool)
		if !isBool || (b && helperName != "") {
			add("raw must be a boolean, and only on plain calls")
		}
	}
	if capture, ok := step["capture"].(object); ok {
		for name, spec := range capture {
			switch s := spec.(type) {
			case string:
			case object:
				_, hasPath := s["path"]
				_, isStr := s["regex"].(string)
				if len(s) != 2 || !hasPath || !isStr {
					add("capture %q must be a path or {path, regex}", name)
				}
			default:
				add("capture %q must be a path or {path, regex}", name)
			}
		}
	}
	expect, ok := step["expect"].(object)
	if !ok {
		return append(problems, "expect must be an object")
	}
	if errName, isError := expect["error"]; isError {
		for _, k := range unknownKeys(expect, errorKeys) {
			add("unknown expect key %q for an error", k)
		}
		name, _ := errName.(string)
		if !slices.Contains(errorClasses, name) {
			add("error must be one of %s", strings.Join(errorClasses, ", "))
		}
		if _, has := step["capture"]; has {
			add("capture needs a success")
		}
		if _, has := expect["fields"]; has && (name == "Connection" || name == "Timeout") {
			add("fields (of the error body) need an error with a response")
		}
	} else {
		for _, k := range unknownKeys(expect, successKeys) {
			add("unknown expect key %q", k)
		}
		_, hasStatus := expect["status"]
		_, hasHeaders := expect["headers"]
		if (hasStatus || hasHeaders) && step["raw"] != true {
			add("a success status or headers need raw: true")
		}
		if h, ok := expect["headers"]; ok {
			if _, isObj := h.(object); !isObj {
				add("expect.headers must be an object")
			}
		}
		_, hasCount := expect["count"]
		_, hasMin := expect["minCount"]
		if (hasCount || hasMin) && helperName != "paginate" && helperName != "tail" {
			add("count/minCount need the paginate or tail helper")
		}
	}
	all := object{}
	for _, key := range []string{"fields", "headers"} {
		v, ok := expect[key]
		if !ok {
			continue
		}
		m, isObj := v.(object)
		if !isObj {
			return append(problems, fmt.Sprintf("expect.%s must be an object", key))
		}
		for k, x := range m {
			all[k] = x
		}
	}
	for _, key := range []string{"present", "absent"} {
		v, ok := expect[key]
		if !ok {
			continue
		}
		list, isList := v.([]any)
		good := isList
		for _, p := range list {
			if _, isStr := p.(string); !isStr {
				good = false
			}
		}
		if !good {
			add("expect.%s must be an array of paths", key)
		}
	}
	paths := make([]string, 0, len(all))
	for p := range all {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, path := range paths {
		name, arg, ok := asMatcher(all[path])
		if !ok {
			continue
		}
		switch {
		case !slices.Contains(matchers, name):
			add("field %q: unknown matcher %s", path, name)
		case name == "$type":
			s, _ := arg.(string)
			if !slices.Contains(jsonTypes, s) {
				add("field %q: $type must be one of %v", path, jsonTypes)
			}
		case name == "$plus":
			list, isList := arg.([]any)
			if !isList || len(list) != 2 {
				add("field %q: $plus takes [variable, number]", path)
			} else if _, isStr := list[0].(string); !isStr {
				add("field %q: $plus takes [variable, number]", path)
			}
		case name == "$oneOf":
			if _, isList := arg.([]any); !isList {
				add("field %q: $oneOf takes an array", path)
			}
		case name == "$prefix" || name == "$contains":
			if _, isStr := arg.(string); !isStr {
				add("field %q: %s takes a string", path, name)
			}
		case name == "$len":
			if !isInt(arg) {
				add("field %q: $len takes an integer", path)
			}
		}
	}
	return problems
}

// asMatcher splits {"$name": arg}.
func asMatcher(v any) (string, any, bool) {
	m, ok := v.(object)
	if !ok || len(m) != 1 {
		return "", nil, false
	}
	for k, arg := range m {
		if strings.HasPrefix(k, "$") {
			return k, arg, true
		}
	}
	return "", nil, false
}

// scenarioAPI is the API a scenario drives ("api", else the default).
func scenarioAPI(s object) string {
	if name, ok := s["api"].(string); ok {
		return name
	}
	return apiNames[0]
}

// loadScenarios reads every *.json of dir, then of each other API's folder
// dir/<api>, each in file-name order.
func loadScenarios(dir string) ([]object, error) {
	var files []string
	folders := map[string]string{}
	for _, api := range apiNames {
		where := dir
		if api != apiNames[0] {
			where = filepath.Join(dir, api)
		}
		found, err := filepath.Glob(filepath.Join(where, "*.json"))
		if err != nil {
			return nil, err
		}
		sort.Strings(found)
		for _, f := range found {
			folders[f] = api
		}
		files = append(files, found...)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no scenarios in %s", dir)
	}
	var found []object
	var problems []string
	for _, file := range files {
		name, _ := filepath.Rel(dir, file)
		name = filepath.ToSlash(name)
		data, err := os.ReadFile(file)
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", name, err))
			continue
		}
		var doc any
		if err := json.Unmarshal(data, &doc); err != nil {
			problems = append(problems, fmt.Sprintf("%s: not JSON: %v", name, err))
			continue
		}
		for _, p := range validateScenario(doc, strings.TrimSuffix(filepath.Base(file), ".json")) {
			problems = append(problems, fmt.Sprintf("%s: %s", name, p))
		}
		if m, ok := doc.(object); ok {
			if api := scenarioAPI(m); slices.Contains(apiNames, api) && api != folders[file] {
				where := api + "/"
				if api == apiNames[0] {
					where = "the top folder"
				}
				problems = append(problems, fmt.Sprintf("%s: api %q belongs in %s", name, api, where))
			}
			found = append(found, m)
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("bad scenarios:\n  %s", strings.Join(problems, "\n  "))
	}
	return found, nil
}

// -- variables, paths, values -------------------------------------------------

type stepFailure struct{ msg string }

func (f *stepFailure) Error() string { return f.msg }

func failf(format string, args ...any) *stepFailure {
	return &stepFailure{fmt.Sprintf(format, args...)}
}

func lookupVar(name string, vars object) (any, error) {
	v, ok := vars[name]
	if !ok {
		return nil, failf("undefined variable {{%s}}", name)
	}
	return v, nil
}

// substitute replaces {{name}} in every string of value.
func substitute(value any, vars object) (any, error) {
	switch v := value.(type) {
	case string:
		if m := wholeVarRe.FindStringSubmatch(v); m != nil {
			return lookupVar(m[1], vars)
		}
		var err error
		out := varRe.ReplaceAllStringFunc(v, func(ref string) string {
			name := varRe.FindStringSubmatch(ref)[1]
			val, e := lookupVar(name, vars)
			if e != nil {
				err = e
				return ref
			}
			return text(val)
		})
		return out, err
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			s, err := substitute(x, vars)
			if err != nil {
				return nil, err
			}
			out[i] = s
		}
		return out, nil
	case object:
		out := make(object, len(v))
		for k, x := range v {
			s, err := substitute(x, vars)
			if err != nil {
				return nil, err
			}
			out[k] = s
		}
		return out, nil
	}
	return value, nil
}

// text writes a value into a longer string.
func text(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return strconv.FormatBool(x)
	case string:
		return x
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1e15 {
			return strconv.FormatInt(int64(x), 10)
		}
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	data, _ := json.Marshal(v)
	return string(data)
}

// getPath is the value at a dotted path, and whether it exists.
func getPath(value any, path string) (any, bool) {
	if path == "" {
		return value, true
	}
	current := value
	for _, part := range strings.Split(path, ".") {
		switch c := current.(type) {
		case object:
			next, ok := c[part]
			if !ok {
				return nil, false
			}
			current = next
		case []any:
			if !indexRe.MatchString(part) {
				return nil, false
			}
			i, err := strconv.Atoi(part)
			if err != nil || i >= len(c) {
				return nil, false
			}
			current = c[i]
		default:
			return nil, false
		}
	}
	return current, true
}

func jsonType(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case float64:
		if x == math.Trunc(x) {
			return "integer"
		}
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	}
	return "object"
}

func jsonEqual(a, b any) bool {
	switch x := a.(type) {
	case nil:
		return b == nil
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case float64:
		y, ok := b.(float64)
		return ok && math.Abs(x-y) <= 1e-9
	case string:
		y, ok := b.(string)
		return ok && x == y
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !jsonEqual(x[i], y[i]) {
				return false
			}
		}
		return true
	case object:
		y, ok := b.(object)
		if !ok || len(x) != len(y) {
			return false
		}
		for k, xv := range x {
			yv, ok := y[k]
			if !ok || !jsonEqual(xv, yv) {
				return false
			}
		}
		return true
	}
	return false
}

func dump(v any) string {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(data)
}

func short(v any) string {
	s := dump(v)
	if utf8.RuneCountInString(s) > 300 {
		return string([]rune(s)[:300]) + "…"
	}
	return s
}

// checkField says why actual does not match expected (a literal or a matcher), or "".
func checkField(actual, expected any, vars object) (string, error) {
	if name, arg, ok := asMatcher(expected); ok {
		var good bool
		switch name {
		case "$prefix":
			s, isStr := actual.(string)
			good = isStr && strings.HasPrefix(s, arg.(string))
		case "$contains":
			s, isStr := actual.(string)
			good = isStr && strings.Contains(s, arg.(string))
		case "$type":
			kind := jsonType(actual)
			good = kind == arg || (arg == "number" && kind == "integer")
		case "$len":
			n := -1
			switch a := actual.(type) {
			case string:
				n = utf8.RuneCountInString(a)
			case []any:
				n = len(a)
			case object:
				n = len(a)
			}
			good = n >= 0 && jsonEqual(float64(n), arg)
		case "$plus":
			list := arg.([]any)
			varName := list[0].(string)
			base, err := lookupVar(varName, vars)
			if err != nil {
				return "", err
			}
			b, bOK := base.(float64)
			n, nOK := list[1].(float64)
			if !bOK || !nOK {
				return "", failf("$plus needs numbers, got %s and %s", dump(base), dump(list[1]))
			}
			good = isNumber(actual) && jsonEqual(actual, b+n)
			expected = object{"$plus": []any{fmt.Sprintf("%s=%s", varName, text(base)), list[1]}}
		case "$oneOf":
			for _, option := range arg.([]any) {
				if jsonEqual(actual, option) {
					good = true
				}
			}
		default:
			return "", failf("unknown matcher %s", name)
		}
		if good {
			return "", nil
		}
		return fmt.Sprintf("expected %s, got %s", dump(expected), dump(actual)), nil
	}
	if !jsonEqual(actual, expected) {
		return fmt.Sprintf("expected %s, got %s", dump(expected), dump(actual)), nil
	}
	return "", nil
}

func sortedKeys(m object) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func checkFields(value any, fields object, vars object) ([]string, error) {
	var problems []string
	for _, path := range sortedKeys(fields) {
		actual, ok := getPath(value, path)
		if !ok {
			problems = append(problems, path+": missing")
			continue
		}
		why, err := checkField(actual, fields[path], vars)
		if err != nil {
			return nil, err
		}
		if why != "" {
			problems = append(problems, path+": "+why)
		}
	}
	return problems, nil
}
