package contract;

import java.net.http.HttpHeaders;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs the steps of one API's scenarios through its SDK. {@link AxhubDriver} is the code;
 * {@code DepliteDriver} and {@code PlatformDriver} are the same file with the SDK's package and
 * client class replaced (test_contract_java.py checks that they stay so).
 */
interface ApiDriver extends AutoCloseable {

    /** The wire-shaped result of one call, and the status and headers of a raw step's response. */
    record Outcome(Object result, Integer rawStatus, HttpHeaders rawHeaders) {}

    /** An SDK error in neutral terms: its class name (null: not one the contract names), and what it carries. */
    final class CallError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final String className;
        final boolean hasResponse;
        final int status;
        final String code;
        final Double retryAfter;
        final transient Object body;

        CallError(RuntimeException cause, String className, boolean hasResponse, int status, String code,
                Double retryAfter, Object body) {
            super(cause.toString(), cause);
            this.className = className;
            this.hasResponse = hasResponse;
            this.status = status;
            this.code = code;
            this.retryAfter = retryAfter;
            this.body = body;
        }

        String describe() {
            return className != null ? className : getCause().getClass().getName();
        }
    }

    /** Runs one step (its token: null for none; its signingKey, if any); SDK errors as {@link CallError}. */
    Outcome call(Map<String, Object> step, Object token);

    @Override
    void close();

    /** How each API's driver is made from its server's root URL. */
    Map<String, Function<String, ApiDriver>> DRIVERS = Map.of(
            // AxHub: one host, the server's root.
            "axhub", root -> new AxhubDriver(root, Map.of()),
            // Deplite: the user API under /api, the agent host at the root.
            "deplite", root -> new DepliteDriver(root + "/api", Map.of("agent", root)),
            // Platform: the API under /v1.
            "platform", root -> new PlatformDriver(root + "/v1", Map.of()));
}
