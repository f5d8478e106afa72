package contract;

import static contract.Format.asObject;
import static contract.Format.text;

import io.platformexample.sdk.PlatformClient;
import io.platformexample.sdk.core.ApiClient;
import io.platformexample.sdk.core.Json;
import io.platformexample.sdk.core.Operation;
import io.platformexample.sdk.core.RawResponse;
import io.platformexample.sdk.core.RequestOptions;
import io.platformexample.sdk.core.Tail;
import io.platformexample.sdk.core.TailOptions;
import io.platformexample.sdk.core.WaitOptions;
import io.platformexample.sdk.errors.ApiConnectionException;
import io.platformexample.sdk.errors.ApiStatusException;
import io.platformexample.sdk.errors.ApiTimeoutException;
import io.platformexample.sdk.errors.AuthenticationException;
import io.platformexample.sdk.errors.BadRequestException;
import io.platformexample.sdk.errors.ClientErrorException;
import io.platformexample.sdk.errors.ConflictException;
import io.platformexample.sdk.errors.NotFoundException;
import io.platformexample.sdk.errors.PermissionDeniedException;
import io.platformexample.sdk.errors.PreconditionFailedException;
import io.platformexample.sdk.errors.PreconditionRequiredException;
import io.platformexample.sdk.errors.RateLimitException;
import io.platformexample.sdk.errors.SdkException;
import io.platformexample.sdk.errors.ServerErrorException;
import io.platformexample.sdk.errors.UnprocessableEntityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The driver of one API's Java SDK (see {@link ApiDriver}). */
final class PlatformDriver implements ApiDriver {
    static final double DEFAULT_WAIT_TIMEOUT = 60.0;
    static final double DEFAULT_WAIT_POLL = 0.1;
    static final double DEFAULT_TAIL_TIMEOUT = 30.0;
    static final double DEFAULT_TAIL_POLL = 0.1;

    private final String baseUrl;
    private final Map<String, String> hosts;
    private final Map<String, PlatformClient> clients = new HashMap<>();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tail-timer");
        t.setDaemon(true);
        return t;
    });

    PlatformDriver(String baseUrl, Map<String, String> hosts) {
        this.baseUrl = baseUrl;
        this.hosts = hosts;
    }

    @Override
    public void close() {
        clients.values().forEach(PlatformClient::close);
        clients.clear();
        timers.shutdownNow();
    }

    /** The client of one credential set (token, null: no Authorization; signing key), 2 retries, 30 s. */
    private PlatformClient client(Object token, Map<String, Object> signingKey) {
        String keyId = signingKey == null ? null : text(signingKey.get("keyId"));
        String secret = signingKey == null ? null : text(signingKey.get("secret"));
        String key = (token == null ? "\u0000none" : "t:" + token) + "\u0000" + keyId + "\u0000" + secret;
        return clients.computeIfAbsent(key, k -> {
            var builder = PlatformClient.builder()
                    .baseUrl(baseUrl)
                    .maxRetries(2)
                    .timeout(Duration.ofSeconds(30));
            hosts.forEach(builder::hostBaseUrl);
            if (signingKey != null) {
                builder.signingKey(keyId, secret);
            }
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

    @Override
    public Outcome call(Map<String, Object> step, Object token) {
        try {
            return invoke(step, token);
        } catch (SdkException e) {
            String name = errorClass(e);
            if (e instanceof ApiStatusException a) {
                Double after = a.retryAfter().isPresent() ? a.retryAfter().get().toNanos() / 1e9 : null;
                String code = a.code() != null && !a.code().isEmpty() ? a.code() : null;
                throw new CallError(e, name, true, a.status(), code, after, wire(a.body()));
            }
            throw new CallError(e, name, false, 0, null, null, null);
        }
    }

    private Outcome invoke(Map<String, Object> step, Object token) {
        PlatformClient client = client(token, asObject(step.get("signingKey")));
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
                    return new Outcome(wire(raw.parsed()), raw.status(), raw.headers());
                }
                return new Outcome(wire(client.request(op, pathParams, query, body, opts)), null, null);
            }
            case "paginate" -> {
                List<Object> items = new ArrayList<>();
                for (Object item : core.<Object>iterate(core.operation(op), pathParams, query, opts)) {
                    items.add(wire(item));
                }
                return new Outcome(items, null, null);
            }
            case "wait" -> {
                WaitOptions wait = new WaitOptions(
                        seconds(helperOpts.getOrDefault("timeoutSeconds", DEFAULT_WAIT_TIMEOUT)),
                        seconds(helperOpts.getOrDefault("intervalSeconds", DEFAULT_WAIT_POLL)));
                @SuppressWarnings("unchecked")
                Operation<Object> operation = (Operation<Object>) core.operation(op);
                return new Outcome(wire(core.waitFor(operation, pathParams, query, wait, opts)), null, null);
            }
            case "tail" -> {
                int take = helperOpts.get("take") instanceof Number n ? n.intValue() : -1;
                List<Object> items = new ArrayList<>();
                if (take == 0) {
                    return new Outcome(items, null, null);
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
                return new Outcome(items, null, null);
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
        if (e instanceof ClientErrorException) {
            return "Client";
        }
        if (e instanceof ApiStatusException) {
            return "Other(" + e.getClass().getSimpleName() + ")";
        }
        return null;
    }
}
