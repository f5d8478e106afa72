package contract;

import static contract.Format.MISSING;
import static contract.Format.asList;
import static contract.Format.asObject;
import static contract.Format.checkField;
import static contract.Format.checkFields;
import static contract.Format.dump;
import static contract.Format.getPath;
import static contract.Format.jsonEqual;
import static contract.Format.shortDump;
import static contract.Format.substitute;
import static contract.Format.text;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Runs tests/contract/scenarios (AxHub's *.json and every other API's api/*.json) against each
 * API's reference server through its Java SDK's generic surface: {@code request}/{@code rawRequest}
 * by operationId and the runtime's {@code iterate}, {@code waitFor} and {@code tail} helpers (see
 * {@link ApiDriver}). The format is tests/contract/README.md.
 *
 * <pre>java contract.Main --base-url http://127.0.0.1:8080 [--server deplite=URL]... [--api NAME]...
 *     [--scenarios DIR] [-k NAME]...</pre>
 *
 * <p>Prints one PASS/FAIL line per scenario, then exactly "N passed, N failed"; exits 1 when
 * anything failed (or nothing ran), 2 on bad arguments or malformed scenarios.
 */
public final class Main {
    static final String MODE = "java";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> servers;
    private final Map<String, ApiDriver> drivers = new HashMap<>();

    private Main(Map<String, String> servers) {
        this.servers = servers;
    }

    private ApiDriver driver(Map<String, Object> scenario) {
        String api = Format.scenarioApi(scenario);
        return drivers.computeIfAbsent(api, a -> ApiDriver.DRIVERS.get(a).apply(servers.get(a)));
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> servers = new HashMap<>();
        List<String> apis = new ArrayList<>();
        Path dir = Path.of("tests", "contract", "scenarios");
        List<String> selected = new ArrayList<>();
        boolean noReset = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            boolean hasValue = i + 1 < args.length;
            switch (a) {
                case "--base-url", "-base-url" -> {
                    if (!hasValue) {
                        return usage(err);
                    }
                    servers.put(Format.API_NAMES.get(0), args[++i].replaceAll("/+$", ""));
                }
                case "--server", "-server" -> {
                    if (!hasValue) {
                        return usage(err);
                    }
                    String pair = args[++i];
                    int eq = pair.indexOf('=');
                    String api = eq > 0 ? pair.substring(0, eq) : "";
                    String url = pair.substring(eq + 1);
                    if (!Format.API_NAMES.contains(api) || !url.matches("https?://.+")) {
                        err.println("--server " + pair + ": expected API=URL with API one of "
                                + String.join(", ", Format.API_NAMES));
                        return usage(err);
                    }
                    servers.put(api, url.replaceAll("/+$", ""));
                }
                case "--api", "-api" -> {
                    if (!hasValue || !Format.API_NAMES.contains(args[i + 1])) {
                        return usage(err);
                    }
                    apis.add(args[++i]);
                }
                case "--scenarios", "-scenarios" -> {
                    if (!hasValue) {
                        return usage(err);
                    }
                    dir = Path.of(args[++i]);
                }
                case "-k", "--k" -> {
                    if (!hasValue) {
                        return usage(err);
                    }
                    selected.add(args[++i]);
                }
                case "--no-reset" -> noReset = true;
                default -> {
                    return usage(err);
                }
            }
        }
        if (servers.isEmpty()) {
            return usage(err);
        }
        List<Map<String, Object>> scenarios;
        try {
            scenarios = Format.loadScenarios(dir);
        } catch (IOException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (!selected.isEmpty()) {
            scenarios = scenarios.stream()
                    .filter(s -> selected.stream().anyMatch(k -> ((String) s.get("name")).contains(k)))
                    .toList();
        }
        if (!apis.isEmpty()) {
            scenarios = scenarios.stream().filter(s -> apis.contains(Format.scenarioApi(s))).toList();
        }
        TreeSet<String> missing = new TreeSet<>();
        for (Map<String, Object> s : scenarios) {
            if (!servers.containsKey(Format.scenarioApi(s))) {
                missing.add(Format.scenarioApi(s));
            }
        }
        if (!missing.isEmpty()) {
            err.println("no server for the scenarios of " + String.join(", ", missing)
                    + ": pass --base-url (axhub) or --server API=URL (or select other scenarios with --api / -k)");
            return 2;
        }
        Main driver = new Main(servers);
        int passed = 0;
        int failed = 0;
        for (Map<String, Object> s : scenarios) {
            long started = System.nanoTime();
            String failure = null;
            if (!noReset) {
                failure = driver.resetServer(servers.get(Format.scenarioApi(s)));
            }
            if (failure == null) {
                failure = driver.runScenario(s);
            }
            double took = (System.nanoTime() - started) / 1e9;
            if (failure == null) {
                passed++;
                out.printf(Locale.ROOT, "PASS %s %s (%.2fs)%n", MODE, s.get("name"), took);
            } else {
                failed++;
                out.printf(Locale.ROOT, "FAIL %s %s (%.2fs): %s%n", MODE, s.get("name"), took, failure);
            }
            out.flush();
        }
        out.printf("%d passed, %d failed%n", passed, failed);
        driver.drivers.values().forEach(ApiDriver::close);
        return failed > 0 || passed == 0 ? 1 : 0;
    }

    private static int usage(PrintStream err) {
        err.println("usage: contract [--base-url URL] [--server API=URL]... [--api NAME]... [--scenarios DIR]"
                + " [-k NAME]... [--no-reset]");
        return 2;
    }

    /** Loads the fixture again (POST /_admin/reset; needs --faults); null or the failure. */
    private static String resetServer(String baseUrl) {
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/_admin/reset"))
                    .timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 204) {
                return "before step 1: POST /_admin/reset answered " + response.statusCode();
            }
            return null;
        } catch (IOException e) {
            return "before step 1: POST /_admin/reset failed: " + e + " (is the server running with --faults?)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "before step 1: interrupted";
        }
    }

    private static String newRunId() {
        byte[] b = new byte[4];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    // -- the SDK ------------------------------------------------------------------

    // -- executing a scenario -----------------------------------------------------

    private static String stepLabel(int index, Map<String, Object> step) {
        String helper = step.get("helper") instanceof String h ? h + " " : "";
        String note = step.get("description") instanceof String d && !d.isEmpty() ? " (" + d + ")" : "";
        return "step " + index + " " + helper + step.get("operation") + note;
    }

    /** Null when every step passed, else the failure. */
    private String runScenario(Map<String, Object> s) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("$run", newRunId());
        Map<String, Object> v = asObject(s.get("vars"));
        if (v != null) {
            vars.putAll(v);
        }
        List<Object> steps = asList(s.get("steps"));
        for (int i = 0; i < steps.size(); i++) {
            Map<String, Object> step = asObject(steps.get(i));
            try {
                runStep(s, step, vars);
            } catch (Format.StepFailure f) {
                return stepLabel(i + 1, step) + ": " + f.getMessage();
            } catch (RuntimeException e) {
                return stepLabel(i + 1, step) + ": " + e.getClass().getName() + ": " + e.getMessage();
            }
        }
        return null;
    }

    private void runStep(Map<String, Object> scenario, Map<String, Object> rawStep, Map<String, Object> vars)
            throws Format.StepFailure {
        Map<String, Object> step = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : rawStep.entrySet()) {
            if (e.getKey().equals("expect") || e.getKey().equals("capture")) {
                continue;
            }
            step.put(e.getKey(), substitute(e.getValue(), vars));
        }
        Map<String, Object> expect = asObject(substitute(rawStep.get("expect"), vars));
        Object token = step.containsKey("token") ? step.get("token") : scenario.get("token");

        long started = System.nanoTime();
        ApiDriver.Outcome outcome = null;
        ApiDriver.CallError callErr = null;
        try {
            outcome = driver(scenario).call(step, token);
        } catch (ApiDriver.CallError e) {
            callErr = e;
        }
        double elapsed = (System.nanoTime() - started) / 1e9;

        if (expect.get("elapsedAtLeast") instanceof Number want && elapsed + 0.005 < want.doubleValue()) {
            throw new Format.StepFailure(String.format(Locale.ROOT, "took %.2fs, expected at least %ss", elapsed, text(want)));
        }

        if (expect.containsKey("error")) {
            Object wantClass = expect.get("error");
            if (callErr == null) {
                throw new Format.StepFailure("expected " + wantClass + " error, got success " + shortDump(outcome.result()));
            }
            List<String> problems = new ArrayList<>();
            String name = callErr.describe();
            if (!name.equals(wantClass)) {
                problems.add("error class " + name + ", expected " + wantClass);
            }
            boolean hasResponse = callErr.hasResponse;
            if (expect.containsKey("status")) {
                Object want = expect.get("status");
                if (!hasResponse || !jsonEqual(callErr.status, want)) {
                    problems.add("status " + (!hasResponse ? "none" : callErr.status) + ", expected " + text(want));
                }
            }
            if (expect.containsKey("code")) {
                Object got = callErr.code;
                if (!jsonEqual(got, expect.get("code"))) {
                    problems.add("code " + dump(got) + ", expected " + dump(expect.get("code")));
                }
            }
            if (expect.containsKey("retryAfter")) {
                Object got = callErr.retryAfter;
                if (got == null || !jsonEqual(got, expect.get("retryAfter"))) {
                    problems.add("retryAfter " + dump(got) + ", expected " + dump(expect.get("retryAfter")));
                }
            }
            Map<String, Object> fields = asObject(expect.get("fields"));
            if (fields != null) {
                Object body = callErr.body;
                problems.addAll(checkFields(body, fields, vars));
            }
            if (!problems.isEmpty()) {
                throw new Format.StepFailure(String.join("; ", problems) + " [" + callErr.getMessage() + "]");
            }
            return;
        }

        if (callErr != null) {
            throw new Format.StepFailure("unexpected " + callErr.describe() + ": " + callErr.getMessage());
        }
        Object result = outcome.result();

        List<String> problems = new ArrayList<>();
        if (expect.containsKey("status")) {
            if (outcome.rawStatus() == null) {
                problems.add("no raw response");
            } else if (!jsonEqual(outcome.rawStatus(), expect.get("status"))) {
                problems.add("status " + outcome.rawStatus() + ", expected " + text(expect.get("status")));
            }
        }
        Map<String, Object> headers = asObject(expect.get("headers"));
        if (headers != null) {
            for (String name : new TreeSet<>(headers.keySet())) {
                String value = outcome.rawHeaders() == null ? null : outcome.rawHeaders().firstValue(name).orElse(null);
                if (value == null) {
                    problems.add("header " + name + ": missing");
                    continue;
                }
                String why = checkField(value, headers.get(name), vars);
                if (why != null) {
                    problems.add("header " + name + ": " + why);
                }
            }
        }
        if (Boolean.TRUE.equals(expect.get("empty")) && !jsonEqual(result, Map.of())) {
            problems.add("expected an empty result {}, got " + shortDump(result));
        }
        List<Object> list = asList(result);
        String count = list == null ? "-" : Integer.toString(list.size());
        if (expect.get("count") instanceof Number want && (list == null || list.size() != want.doubleValue())) {
            problems.add("count " + count + ", expected " + text(want));
        }
        if (expect.get("minCount") instanceof Number want && (list == null || list.size() < want.doubleValue())) {
            problems.add("count " + count + ", expected at least " + text(want));
        }
        Map<String, Object> fields = asObject(expect.get("fields"));
        if (fields != null) {
            problems.addAll(checkFields(result, fields, vars));
        }
        List<Object> present = asList(expect.get("present"));
        if (present != null) {
            for (Object p : present) {
                if (getPath(result, (String) p) == MISSING) {
                    problems.add(p + ": expected present, missing");
                }
            }
        }
        List<Object> absent = asList(expect.get("absent"));
        if (absent != null) {
            for (Object p : absent) {
                Object got = getPath(result, (String) p);
                if (got != MISSING) {
                    problems.add(p + ": expected absent, got " + shortDump(got));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Format.StepFailure(String.join("; ", problems) + " [result " + shortDump(result) + "]");
        }

        Map<String, Object> capture = asObject(rawStep.get("capture"));
        if (capture == null) {
            return;
        }
        for (String name : new TreeSet<>(capture.keySet())) {
            Object spec = capture.get(name);
            String path = spec instanceof String s ? s : null;
            String pattern = null;
            Map<String, Object> m = asObject(spec);
            if (m != null) {
                path = m.get("path") instanceof String s ? s : null;
                pattern = m.get("regex") instanceof String s ? s : null;
            }
            Object value = path == null ? MISSING : getPath(result, path);
            if (value == MISSING) {
                throw new Format.StepFailure("capture " + name + ": " + path + " is missing [result " + shortDump(result) + "]");
            }
            if (pattern != null) {
                Matcher match;
                try {
                    match = Pattern.compile(pattern).matcher(text(value));
                } catch (PatternSyntaxException e) {
                    throw new Format.StepFailure("capture " + name + ": bad regex \"" + pattern + "\": " + e.getDescription());
                }
                if (!match.find()) {
                    throw new Format.StepFailure("capture " + name + ": \"" + pattern + "\" does not match " + shortDump(value));
                }
                value = match.groupCount() > 0 ? match.group(1) : match.group(0);
            }
            vars.put(name, value);
        }
    }
}
