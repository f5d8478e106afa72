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

import ai.axhub.sdk.AxHubClient;
import ai.axhub.sdk.core.ApiClient;
import ai.axhub.sdk.core.ClientBuilder;
import ai.axhub.sdk.core.Json;
import ai.axhub.sdk.core.Operation;
import ai.axhub.sdk.core.RawResponse;
import ai.axhub.sdk.core.RequestOptions;
import ai.axhub.sdk.core.Tail;
import ai.axhub.sdk.core.TailOptions;
import ai.axhub.sdk.core.WaitOptions;
import ai.axhub.sdk.errors.ApiConnectionException;
import ai.axhub.sdk.errors.ApiStatusException;
import ai.axhub.sdk.errors.ApiTimeoutException;
import ai.axhub.sdk.errors.AuthenticationException;
import ai.axhub.sdk.errors.BadRequestException;
import ai.axhub.sdk.errors.ConflictException;
import ai.axhub.sdk.errors.NotFoundException;
import ai.axhub.sdk.errors.PermissionDeniedException;
import ai.axhub.sdk.errors.PreconditionFailedException;
import ai.axhub.sdk.errors.PreconditionRequiredException;
import ai.axhub.sdk.errors.RateLimitException;
import ai.axhub.sdk.errors.ServerErrorException;
import ai.axhub.sdk.errors.UnprocessableEntityException;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Runs tests/contract/scenarios/*.json against a reference server through the Java SDK's generic
 * surface: {@code AxHubClient.request}/{@code rawRequest} by operationId and the runtime's
 * {@code iterate}, {@code waitFor} and {@code tail} helpers. The format is tests/contract/README.md.
 *
 * <pre>java contract.Main --base-url http://127.0.0.1:8080 [--scenarios DIR] [-k NAME]...</pre>
 *
 * <p>Prints one PASS/FAIL line per scenario, then exactly "N passed, N failed"; exits 1 when
 * anything failed (or nothing ran), 2 on bad arguments or malformed scenarios.
 */
public final class Main {
    static final String MODE = "java";
    static final double DEFAULT_WAIT_TIMEOUT = 60.0;
    static final double DEFAULT_WAIT_POLL = 0.1;
    static final double DEFAULT_TAIL_TIMEOUT = 30.0;
    static final double DEFAULT_TAIL_POLL = 0.1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String baseUrl;
    private final Map<String, AxHubClient> clients = new HashMap<>();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tail-timer");
        t.setDaemon(true);
        return t;
    });

    private Main(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String baseUrl = null;
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
                    baseUrl = args[++i];
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
        if (baseUrl == null || baseUrl.isEmpty()) {
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
        Main driver = new Main(baseUrl.replaceAll("/+$", ""));
        int passed = 0;
        int failed = 0;
        for (Map<String, Object> s : scenarios) {
            long started = System.nanoTime();
            String failure = null;
            if (!noReset) {
                failure = driver.resetServer();
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
        driver.clients.values().forEach(AxHubClient::close);
        return failed > 0 || passed == 0 ? 1 : 0;
    }

    private static int usage(PrintStream err) {
        err.println("usage: contract --base-url URL [--scenarios DIR] [-k NAME]... [--no-reset]");
        return 2;
    }

    /** Loads the fixture again (POST /_admin/reset; needs --faults); null or the failure. */
    private String resetServer() {
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

    /** The client of one token (null: no Authorization), 2 retries, 30 s. */
    private AxHubClient client(Object token) {
        String key = token == null ? "\u0000none" : (String) token;
        return clients.computeIfAbsent(key, k -> {
            ClientBuilder<AxHubClient> builder = AxHubClient.builder()
                    .baseUrl(baseUrl)
                    .maxRetries(2)
                    .timeout(Duration.ofSeconds(30));
            // No token: an empty one, the SDK's way to build a client without credentials on purpose.
            builder.token(token == null ? "" : (String) token);
            return builder.build();
        });
    }

    private static Duration seconds(Object v) {
        double f = v instanceof Number n ? n.doubleValue() : 0;
        return Duration.ofNanos((long) (f * 1e9));
    }

    /** The step's per-call options and headers. */
    private static RequestOptions options(Map<String, Object> step) {
        RequestOptions.Builder b = RequestOptions.builder();
        Map<String, Object> o = asObject(step.get("options"));
        if (o != null) {
            if (o.get("maxRetries") instanceof Number n) {
                b.maxRetries(n.intValue());
            }
            if (o.containsKey("timeoutSeconds")) {
                b.timeout(seconds(o.get("timeoutSeconds")));
            }
            if (o.containsKey("idempotencyKey")) {
                b.idempotencyKey(text(o.get("idempotencyKey")));
            }
        }
        Map<String, Object> h = asObject(step.get("headers"));
        if (h != null) {
            for (String name : new TreeSet<>(h.keySet())) {
                b.header(name, text(h.get(name)));
            }
        }
        return b.build();
    }

    /** The JSON shape of an SDK result: the SDK mapper's encoding, decoded again. */
    static Object wire(Object v) {
        return Json.mapper().convertValue(Json.toTree(v), Object.class);
    }

    /** The result of one call: wire-shaped, and the raw response of a raw step. */
    private record Outcome(Object result, RawResponse raw) {}

    private Outcome call(Map<String, Object> step, Object token) {
        AxHubClient client = client(token);
        ApiClient core = client.core();
        String op = (String) step.get("operation");
        Map<String, Object> pathParams = asObject(step.get("pathParams"));
        Map<String, Object> query = asObject(step.get("query"));
        Object body = step.get("body");
        RequestOptions opts = options(step);
        Map<String, Object> hopts = asObject(step.get("helperOptions"));
        Map<String, Object> helperOpts = hopts == null ? Map.of() : hopts;
        String helper = step.get("helper") instanceof String s ? s : "";
        switch (helper) {
            case "" -> {
                if (Boolean.TRUE.equals(step.get("raw"))) {
                    RawResponse raw = client.rawRequest(op, pathParams, query, body, opts);
                    return new Outcome(wire(raw.parsed()), raw);
                }
                return new Outcome(wire(client.request(op, pathParams, query, body, opts)), null);
            }
            case "paginate" -> {
                List<Object> items = new ArrayList<>();
                for (Object item : core.<Object>iterate(core.operation(op), pathParams, query, opts)) {
                    items.add(wire(item));
                }
                return new Outcome(items, null);
            }
            case "wait" -> {
                WaitOptions wait = new WaitOptions(
                        seconds(helperOpts.getOrDefault("timeoutSeconds", DEFAULT_WAIT_TIMEOUT)),
                        seconds(helperOpts.getOrDefault("intervalSeconds", DEFAULT_WAIT_POLL)));
                @SuppressWarnings("unchecked")
                Operation<Object> operation = (Operation<Object>) core.operation(op);
                return new Outcome(wire(core.waitFor(operation, pathParams, query, wait, opts)), null);
            }
            case "tail" -> {
                int take = helperOpts.get("take") instanceof Number n ? n.intValue() : -1;
                List<Object> items = new ArrayList<>();
                if (take == 0) {
                    return new Outcome(items, null);
                }
                Duration timeout = seconds(helperOpts.getOrDefault("timeoutSeconds", DEFAULT_TAIL_TIMEOUT));
                TailOptions tailOptions = new TailOptions(
                        seconds(helperOpts.getOrDefault("intervalSeconds", DEFAULT_TAIL_POLL)), null);
                long deadline = System.nanoTime() + timeout.toNanos();
                try (Tail<Object> tail = core.tail(core.operation(op), pathParams, query, tailOptions, opts)) {
                    ScheduledFuture<?> stop = timers.schedule(tail::close, timeout.toNanos(), TimeUnit.NANOSECONDS);
                    try {
                        while (true) {
                            boolean more;
                            try {
                                more = tail.hasNext();
                            } catch (RuntimeException e) {
                                if (System.nanoTime() >= deadline) {
                                    break; // the time is up: what arrived so far
                                }
                                throw e;
                            }
                            if (!more) {
                                break;
                            }
                            items.add(wire(tail.next()));
                            if (take > 0 && items.size() >= take) {
                                break;
                            }
                        }
                    } finally {
                        stop.cancel(false);
                    }
                }
                return new Outcome(items, null);
            }
            default -> throw new IllegalArgumentException("unknown helper " + helper);
        }
    }

    /** The neutral name of an SDK error, most specific first; null for others. */
    static String errorClass(Throwable e) {
        if (e instanceof ApiTimeoutException) {
            return "Timeout";
        }
        if (e instanceof ApiConnectionException) {
            return "Connection";
        }
        if (e instanceof BadRequestException) {
            return "BadRequest";
        }
        if (e instanceof AuthenticationException) {
            return "Authentication";
        }
        if (e instanceof PermissionDeniedException) {
            return "PermissionDenied";
        }
        if (e instanceof NotFoundException) {
            return "NotFound";
        }
        if (e instanceof ConflictException) {
            return "Conflict";
        }
        if (e instanceof PreconditionFailedException) {
            return "PreconditionFailed";
        }
        if (e instanceof UnprocessableEntityException) {
            return "UnprocessableEntity";
        }
        if (e instanceof PreconditionRequiredException) {
            return "PreconditionRequired";
        }
        if (e instanceof RateLimitException) {
            return "RateLimit";
        }
        if (e instanceof ServerErrorException) {
            return "Server";
        }
        if (e instanceof ApiStatusException) {
            return "Other(" + e.getClass().getSimpleName() + ")";
        }
        return null;
    }

    static String describeClass(Throwable e) {
        String name = errorClass(e);
        return name != null ? name : e.getClass().getName();
    }

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
        Outcome outcome = null;
        RuntimeException callErr = null;
        try {
            outcome = call(step, token);
        } catch (RuntimeException e) {
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
            String name = describeClass(callErr);
            if (!name.equals(wantClass)) {
                problems.add("error class " + name + ", expected " + wantClass);
            }
            ApiStatusException apiErr = callErr instanceof ApiStatusException a ? a : null;
            if (expect.containsKey("status")) {
                Object want = expect.get("status");
                if (apiErr == null || !jsonEqual(apiErr.status(), want)) {
                    problems.add("status " + (apiErr == null ? "none" : apiErr.status()) + ", expected " + text(want));
                }
            }
            if (expect.containsKey("code")) {
                Object got = apiErr != null && apiErr.code() != null && !apiErr.code().isEmpty() ? apiErr.code() : null;
                if (!jsonEqual(got, expect.get("code"))) {
                    problems.add("code " + dump(got) + ", expected " + dump(expect.get("code")));
                }
            }
            if (expect.containsKey("retryAfter")) {
                Object got = null;
                if (apiErr != null && apiErr.retryAfter().isPresent()) {
                    got = apiErr.retryAfter().get().toNanos() / 1e9;
                }
                if (got == null || !jsonEqual(got, expect.get("retryAfter"))) {
                    problems.add("retryAfter " + dump(got) + ", expected " + dump(expect.get("retryAfter")));
                }
            }
            Map<String, Object> fields = asObject(expect.get("fields"));
            if (fields != null) {
                Object body = apiErr == null ? null : wire(apiErr.body());
                problems.addAll(checkFields(body, fields, vars));
            }
            if (!problems.isEmpty()) {
                throw new Format.StepFailure(String.join("; ", problems) + " [" + callErr + "]");
            }
            return;
        }

        if (callErr != null) {
            throw new Format.StepFailure("unexpected " + describeClass(callErr) + ": " + callErr.getMessage());
        }
        Object result = outcome.result();
        RawResponse raw = outcome.raw();
        List<String> problems = new ArrayList<>();
        if (expect.containsKey("status")) {
            if (raw == null) {
                problems.add("no raw response");
            } else if (!jsonEqual(raw.status(), expect.get("status"))) {
                problems.add("status " + raw.status() + ", expected " + text(expect.get("status")));
            }
        }
        Map<String, Object> headers = asObject(expect.get("headers"));
        if (headers != null) {
            for (String name : new TreeSet<>(headers.keySet())) {
                String value = raw == null ? null : raw.headers().firstValue(name).orElse(null);
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
