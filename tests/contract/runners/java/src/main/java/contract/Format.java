package contract;

import ai.axhub.sdk.core.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The scenario format of tests/contract/README.md: validation (mirrors validate_scenario of the
 * Python runner and format.go of the Go runner), variables, dotted paths, values and matchers.
 * JSON values are plain Java objects: Map (LinkedHashMap), List, String, Number, Boolean, null.
 */
final class Format {
    static final List<String> HELPERS = List.of("paginate", "wait", "tail");
    static final List<String> ERROR_CLASSES = List.of(
            "BadRequest", "Authentication", "PermissionDenied", "NotFound", "Conflict", "PreconditionFailed",
            "UnprocessableEntity", "PreconditionRequired", "RateLimit", "Client", "Server", "Connection", "Timeout");
    /** The APIs a scenario may name; the first is the default (the folder's *.json), the others' are api/*.json. */
    static final List<String> API_NAMES = List.of("axhub", "deplite", "platform");
    static final List<String> SCENARIO_KEYS = List.of("name", "description", "api", "token", "vars", "steps");
    static final List<String> STEP_KEYS = List.of(
            "description", "operation", "helper", "token", "signingKey", "pathParams", "query", "body", "headers",
            "options", "raw", "helperOptions", "expect", "capture");
    static final List<String> OPTION_KEYS = List.of("maxRetries", "timeoutSeconds", "idempotencyKey");
    static final Map<String, List<String>> HELPER_OPTION_KEYS = Map.of(
            "paginate", List.of(),
            "wait", List.of("timeoutSeconds", "intervalSeconds"),
            "tail", List.of("take", "timeoutSeconds", "intervalSeconds"));
    static final List<String> SUCCESS_KEYS = List.of(
            "status", "headers", "empty", "fields", "present", "absent", "count", "minCount", "elapsedAtLeast");
    static final List<String> ERROR_KEYS = List.of("error", "status", "code", "retryAfter", "fields", "elapsedAtLeast");
    static final List<String> MATCHERS = List.of("$prefix", "$contains", "$type", "$len", "$plus", "$oneOf");
    static final List<String> JSON_TYPES = List.of("string", "number", "integer", "boolean", "null", "object", "array");
    static final Pattern VAR_RE = Pattern.compile("\\{\\{\\s*(\\$?[A-Za-z_][A-Za-z0-9_]*)\\s*\\}\\}");
    static final Pattern WHOLE_VAR_RE = Pattern.compile("^\\{\\{\\s*(\\$?[A-Za-z_][A-Za-z0-9_]*)\\s*\\}\\}$");
    static final Pattern INDEX_RE = Pattern.compile("^[0-9]+$");

    private Format() {}

    /** A failure of a step, with the message shown in the FAIL line. */
    static final class StepFailure extends Exception {
        private static final long serialVersionUID = 1L;

        StepFailure(String message) {
            super(message);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asObject(Object v) {
        return v instanceof Map ? (Map<String, Object>) v : null;
    }

    @SuppressWarnings("unchecked")
    static List<Object> asList(Object v) {
        return v instanceof List ? (List<Object>) v : null;
    }

    static List<String> unknownKeys(Map<String, Object> m, List<String> allowed) {
        Set<String> out = new TreeSet<>();
        for (String k : m.keySet()) {
            if (!allowed.contains(k)) {
                out.add(k);
            }
        }
        return new ArrayList<>(out);
    }

    static boolean nonEmptyString(Object v) {
        return v instanceof String s && !s.isEmpty();
    }

    static boolean isNumber(Object v) {
        return v instanceof Number;
    }

    static boolean isInt(Object v) {
        if (!(v instanceof Number n)) {
            return false;
        }
        double d = n.doubleValue();
        return !Double.isInfinite(d) && !Double.isNaN(d) && d == Math.rint(d);
    }

    // -- validation ---------------------------------------------------------------

    static List<String> validateScenario(Object doc, String stem) {
        Map<String, Object> m = asObject(doc);
        if (m == null) {
            return List.of("a scenario is a JSON object");
        }
        List<String> problems = new ArrayList<>();
        for (String k : unknownKeys(m, SCENARIO_KEYS)) {
            problems.add("unknown scenario key \"" + k + "\"");
        }
        if (!nonEmptyString(m.get("name"))) {
            problems.add("name must be a non-empty string");
        } else if (stem != null && !stem.isEmpty() && !m.get("name").equals(stem)) {
            problems.add("name \"" + m.get("name") + "\" differs from the file name \"" + stem + "\"");
        }
        if (!nonEmptyString(m.get("description"))) {
            problems.add("description must be a non-empty string");
        }
        if (m.containsKey("token") && m.get("token") != null && !(m.get("token") instanceof String)) {
            problems.add("token must be a string or null");
        }
        if (m.containsKey("api") && !API_NAMES.contains(m.get("api"))) {
            problems.add("api must be one of " + String.join(", ", API_NAMES));
        }
        if (m.containsKey("vars") && asObject(m.get("vars")) == null) {
            problems.add("vars must be an object");
        }
        List<Object> steps = asList(m.get("steps"));
        if (steps == null || steps.isEmpty()) {
            problems.add("steps must be a non-empty array");
            return problems;
        }
        for (int i = 0; i < steps.size(); i++) {
            for (String p : validateStep(steps.get(i))) {
                problems.add("step " + (i + 1) + ": " + p);
            }
        }
        return problems;
    }

    static List<String> validateStep(Object raw) {
        Map<String, Object> step = asObject(raw);
        if (step == null) {
            return List.of("a step is a JSON object");
        }
        List<String> problems = new ArrayList<>();
        for (String k : unknownKeys(step, STEP_KEYS)) {
            problems.add("unknown step key \"" + k + "\"");
        }
        if (!nonEmptyString(step.get("operation"))) {
            problems.add("operation must be an operationId");
        }
        String helperName = "";
        if (step.containsKey("helper") && step.get("helper") != null) {
            if (step.get("helper") instanceof String name && HELPERS.contains(name)) {
                helperName = name;
            } else {
                problems.add("helper must be one of " + String.join(", ", HELPERS));
            }
        }
        if (step.containsKey("token") && step.get("token") != null && !(step.get("token") instanceof String)) {
            problems.add("token must be a string or null");
        }
        if (step.containsKey("signingKey")) {
            Map<String, Object> key = asObject(step.get("signingKey"));
            if (key == null || key.size() != 2 || !(key.get("keyId") instanceof String)
                    || !(key.get("secret") instanceof String)) {
                problems.add("signingKey must be {keyId, secret} (strings)");
            }
        }
        for (String key : List.of("pathParams", "query", "headers", "options", "helperOptions", "capture")) {
            if (step.containsKey(key) && asObject(step.get(key)) == null) {
                problems.add(key + " must be an object");
            }
        }
        Map<String, Object> opts = asObject(step.get("options"));
        if (opts != null) {
            for (String k : unknownKeys(opts, OPTION_KEYS)) {
                problems.add("unknown option \"" + k + "\"");
            }
        }
        if (step.containsKey("helperOptions")) {
            if (helperName.isEmpty()) {
                problems.add("helperOptions needs a helper");
            } else if (asObject(step.get("helperOptions")) != null) {
                for (String k : unknownKeys(asObject(step.get("helperOptions")), HELPER_OPTION_KEYS.get(helperName))) {
                    problems.add("unknown helperOptions key \"" + k + "\" for " + helperName);
                }
            }
        }
        if (step.containsKey("raw")) {
            Object r = step.get("raw");
            if (!(r instanceof Boolean b) || (b && !helperName.isEmpty())) {
                problems.add("raw must be a boolean, and only on plain calls");
            }
        }
        Map<String, Object> capture = asObject(step.get("capture"));
        if (capture != null) {
            for (Map.Entry<String, Object> e : capture.entrySet()) {
                Object spec = e.getValue();
                if (spec instanceof String) {
                    continue;
                }
                Map<String, Object> s = asObject(spec);
                if (s == null || s.size() != 2 || !s.containsKey("path") || !(s.get("regex") instanceof String)) {
                    problems.add("capture \"" + e.getKey() + "\" must be a path or {path, regex}");
                }
            }
        }
        Map<String, Object> expect = asObject(step.get("expect"));
        if (expect == null) {
            problems.add("expect must be an object");
            return problems;
        }
        if (expect.containsKey("error")) {
            for (String k : unknownKeys(expect, ERROR_KEYS)) {
                problems.add("unknown expect key \"" + k + "\" for an error");
            }
            Object name = expect.get("error");
            if (!(name instanceof String) || !ERROR_CLASSES.contains(name)) {
                problems.add("error must be one of " + String.join(", ", ERROR_CLASSES));
            }
            if (step.containsKey("capture")) {
                problems.add("capture needs a success");
            }
            if (expect.containsKey("fields") && ("Connection".equals(name) || "Timeout".equals(name))) {
                problems.add("fields (of the error body) need an error with a response");
            }
        } else {
            for (String k : unknownKeys(expect, SUCCESS_KEYS)) {
                problems.add("unknown expect key \"" + k + "\"");
            }
            if ((expect.containsKey("status") || expect.containsKey("headers")) && !Boolean.TRUE.equals(step.get("raw"))) {
                problems.add("a success status or headers need raw: true");
            }
            if (expect.containsKey("headers") && asObject(expect.get("headers")) == null) {
                problems.add("expect.headers must be an object");
            }
            if ((expect.containsKey("count") || expect.containsKey("minCount"))
                    && !helperName.equals("paginate") && !helperName.equals("tail")) {
                problems.add("count/minCount need the paginate or tail helper");
            }
        }
        Map<String, Object> all = new LinkedHashMap<>();
        for (String key : List.of("fields", "headers")) {
            if (!expect.containsKey(key)) {
                continue;
            }
            Map<String, Object> m = asObject(expect.get(key));
            if (m == null) {
                problems.add("expect." + key + " must be an object");
                return problems;
            }
            all.putAll(m);
        }
        for (String key : List.of("present", "absent")) {
            if (!expect.containsKey(key)) {
                continue;
            }
            List<Object> list = asList(expect.get(key));
            boolean good = list != null && list.stream().allMatch(p -> p instanceof String);
            if (!good) {
                problems.add("expect." + key + " must be an array of paths");
            }
        }
        for (String path : new TreeSet<>(all.keySet())) {
            Map.Entry<String, Object> matcher = asMatcher(all.get(path));
            if (matcher == null) {
                continue;
            }
            String name = matcher.getKey();
            Object arg = matcher.getValue();
            String where = "field \"" + path + "\": ";
            if (!MATCHERS.contains(name)) {
                problems.add(where + "unknown matcher " + name);
            } else if (name.equals("$type")) {
                if (!(arg instanceof String) || !JSON_TYPES.contains(arg)) {
                    problems.add(where + "$type must be one of " + JSON_TYPES);
                }
            } else if (name.equals("$plus")) {
                List<Object> list = asList(arg);
                if (list == null || list.size() != 2 || !(list.get(0) instanceof String)) {
                    problems.add(where + "$plus takes [variable, number]");
                }
            } else if (name.equals("$oneOf")) {
                if (asList(arg) == null) {
                    problems.add(where + "$oneOf takes an array");
                }
            } else if (name.equals("$prefix") || name.equals("$contains")) {
                if (!(arg instanceof String)) {
                    problems.add(where + name + " takes a string");
                }
            } else if (name.equals("$len")) {
                if (!isInt(arg)) {
                    problems.add(where + "$len takes an integer");
                }
            }
        }
        return problems;
    }

    /** {"$name": arg} as an entry, or null. */
    static Map.Entry<String, Object> asMatcher(Object v) {
        Map<String, Object> m = asObject(v);
        if (m == null || m.size() != 1) {
            return null;
        }
        Map.Entry<String, Object> e = m.entrySet().iterator().next();
        return e.getKey().startsWith("$") ? e : null;
    }

    /** The API a scenario drives ("api", else the default). */
    static String scenarioApi(Map<String, Object> scenario) {
        return scenario.get("api") instanceof String s ? s : API_NAMES.get(0);
    }

    /** Every *.json of dir, then of each other API's dir/api, each in file-name order; throws with every problem. */
    static List<Map<String, Object>> loadScenarios(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        Map<Path, String> folders = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            throw new IOException("no scenarios in " + dir);
        }
        for (String api : API_NAMES) {
            Path where = api.equals(API_NAMES.get(0)) ? dir : dir.resolve(api);
            if (!Files.isDirectory(where)) {
                continue;
            }
            try (Stream<Path> listing = Files.list(where)) {
                for (Path p : listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                    files.add(p);
                    folders.put(p, api);
                }
            }
        }
        if (files.isEmpty()) {
            throw new IOException("no scenarios in " + dir);
        }
        List<Map<String, Object>> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            String name = dir.relativize(file).toString().replace('\\', '/');
            String stem = file.getFileName().toString();
            stem = stem.substring(0, stem.length() - ".json".length());
            Object doc;
            try {
                doc = Json.mapper().readValue(Files.readString(file), Object.class);
            } catch (JsonProcessingException e) {
                problems.add(name + ": not JSON: " + e.getOriginalMessage());
                continue;
            }
            for (String p : validateScenario(doc, stem)) {
                problems.add(name + ": " + p);
            }
            Map<String, Object> m = asObject(doc);
            if (m != null) {
                String api = scenarioApi(m);
                if (API_NAMES.contains(api) && !api.equals(folders.get(file))) {
                    String where = api.equals(API_NAMES.get(0)) ? "the top folder" : api + "/";
                    problems.add(name + ": api \"" + api + "\" belongs in " + where);
                }
                found.add(m);
            }
        }
        if (!problems.isEmpty()) {
            throw new IOException("bad scenarios:\n  " + String.join("\n  ", problems));
        }
        return found;
    }

    // -- variables, paths, values -------------------------------------------------

    static Object lookupVar(String name, Map<String, Object> vars) throws StepFailure {
        if (!vars.containsKey(name)) {
            throw new StepFailure("undefined variable {{" + name + "}}");
        }
        return vars.get(name);
    }

    /** Replaces {{name}} in every string of value. */
    static Object substitute(Object value, Map<String, Object> vars) throws StepFailure {
        if (value instanceof String s) {
            Matcher whole = WHOLE_VAR_RE.matcher(s);
            if (whole.matches()) {
                return lookupVar(whole.group(1), vars);
            }
            Matcher m = VAR_RE.matcher(s);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(text(lookupVar(m.group(1), vars))));
            }
            m.appendTail(out);
            return out.toString();
        }
        List<Object> list = asList(value);
        if (list != null) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object x : list) {
                out.add(substitute(x, vars));
            }
            return out;
        }
        Map<String, Object> obj = asObject(value);
        if (obj != null) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : obj.entrySet()) {
                out.put(e.getKey(), substitute(e.getValue(), vars));
            }
            return out;
        }
        return value;
    }

    /** A value written into a longer string. */
    static String text(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return dump(v);
    }

    static final Object MISSING = new Object();

    /** The value at a dotted path, or MISSING. */
    static Object getPath(Object value, String path) {
        if (path.isEmpty()) {
            return value;
        }
        Object current = value;
        for (String part : path.split("\\.", -1)) {
            Map<String, Object> obj = asObject(current);
            List<Object> list = asList(current);
            if (obj != null) {
                if (!obj.containsKey(part)) {
                    return MISSING;
                }
                current = obj.get(part);
            } else if (list != null) {
                if (!INDEX_RE.matcher(part).matches()) {
                    return MISSING;
                }
                int i;
                try {
                    i = Integer.parseInt(part);
                } catch (NumberFormatException e) {
                    return MISSING;
                }
                if (i >= list.size()) {
                    return MISSING;
                }
                current = list.get(i);
            } else {
                return MISSING;
            }
        }
        return current;
    }

    static String jsonType(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Boolean) {
            return "boolean";
        }
        if (v instanceof Number) {
            return isInt(v) ? "integer" : "number";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof List) {
            return "array";
        }
        return "object";
    }

    static boolean jsonEqual(Object a, Object b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        if (a instanceof Boolean || b instanceof Boolean) {
            return a.equals(b);
        }
        if (a instanceof Number x) {
            return b instanceof Number y && Math.abs(x.doubleValue() - y.doubleValue()) <= 1e-9;
        }
        if (a instanceof String) {
            return a.equals(b);
        }
        List<Object> la = asList(a);
        if (la != null) {
            List<Object> lb = asList(b);
            if (lb == null || la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!jsonEqual(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        Map<String, Object> ma = asObject(a);
        Map<String, Object> mb = asObject(b);
        if (ma == null || mb == null || ma.size() != mb.size()) {
            return false;
        }
        for (Map.Entry<String, Object> e : ma.entrySet()) {
            if (!mb.containsKey(e.getKey()) || !jsonEqual(e.getValue(), mb.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    static String dump(Object v) {
        try {
            return Json.mapper().writeValueAsString(v);
        } catch (JsonProcessingException e) {
            return String.valueOf(v);
        }
    }

    static String shortDump(Object v) {
        String s = dump(v);
        if (s.codePointCount(0, s.length()) > 300) {
            return s.substring(0, s.offsetByCodePoints(0, 300)) + "…";
        }
        return s;
    }

    /** Why actual does not match expected (a literal or a matcher), or null. */
    static String checkField(Object actual, Object expected, Map<String, Object> vars) throws StepFailure {
        Map.Entry<String, Object> matcher = asMatcher(expected);
        if (matcher != null) {
            String name = matcher.getKey();
            Object arg = matcher.getValue();
            boolean good = false;
            switch (name) {
                case "$prefix" -> good = actual instanceof String s && s.startsWith((String) arg);
                case "$contains" -> good = actual instanceof String s && s.contains((String) arg);
                case "$type" -> {
                    String kind = jsonType(actual);
                    good = kind.equals(arg) || ("number".equals(arg) && kind.equals("integer"));
                }
                case "$len" -> {
                    int n = -1;
                    if (actual instanceof String s) {
                        n = s.codePointCount(0, s.length());
                    } else if (asList(actual) != null) {
                        n = asList(actual).size();
                    } else if (asObject(actual) != null) {
                        n = asObject(actual).size();
                    }
                    good = n >= 0 && jsonEqual(n, arg);
                }
                case "$plus" -> {
                    List<Object> list = asList(arg);
                    String varName = (String) list.get(0);
                    Object base = lookupVar(varName, vars);
                    if (!(base instanceof Number b) || !(list.get(1) instanceof Number n)) {
                        throw new StepFailure("$plus needs numbers, got " + dump(base) + " and " + dump(list.get(1)));
                    }
                    good = isNumber(actual) && jsonEqual(actual, b.doubleValue() + n.doubleValue());
                    expected = Map.of("$plus", List.of(varName + "=" + text(base), list.get(1)));
                }
                case "$oneOf" -> {
                    for (Object option : asList(arg)) {
                        if (jsonEqual(actual, option)) {
                            good = true;
                        }
                    }
                }
                default -> throw new StepFailure("unknown matcher " + name);
            }
            return good ? null : "expected " + dump(expected) + ", got " + dump(actual);
        }
        if (!jsonEqual(actual, expected)) {
            return "expected " + dump(expected) + ", got " + dump(actual);
        }
        return null;
    }

    static List<String> checkFields(Object value, Map<String, Object> fields, Map<String, Object> vars)
            throws StepFailure {
        List<String> problems = new ArrayList<>();
        for (String path : new TreeSet<>(fields.keySet())) {
            Object actual = getPath(value, path);
            if (actual == MISSING) {
                problems.add(path + ": missing");
                continue;
            }
            String why = checkField(actual, fields.get(path), vars);
            if (why != null) {
                problems.add(path + ": " + why);
            }
        }
        return problems;
    }
}
