package io.platformexample.sdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.platformexample.sdk.core.EmptyResult;
import io.platformexample.sdk.core.EventStream;
import io.platformexample.sdk.core.Json;
import io.platformexample.sdk.core.Operation;
import io.platformexample.sdk.core.RedirectResult;
import io.platformexample.sdk.errors.ApiStatusException;
import io.platformexample.sdk.errors.ErrorDetails;
import io.platformexample.sdk.errors.ResponseDecodeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/** Internal: reading a response into a result or an error. */
public final class Responses {
    private Responses() {}

    /**
     * A 2xx gives the decoded body ({@link EmptyResult} when there is none; an {@link EventStream}
     * over the body for server-sent events), a 3xx a {@link RedirectResult}; anything else throws
     * the status's {@link ApiStatusException}.
     *
     * @param operation the operation
     * @param method the HTTP method of the request
     * @param uri the URI of the request
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the body bytes
     * @param clock the wall clock, for {@code Retry-After} dates
     * @return the result
     */
    public static Object parse(
            Operation<?> operation, String method, URI uri, int status, HttpHeaders headers, byte[] body, Clock clock) {
        if (status >= 300 && status < 400) {
            return new RedirectResult(status, headers.firstValue("location").orElse(""));
        }
        if (status < 200 || status >= 300) {
            throw ApiStatusException.of(errorDetails(operation, method, uri, status, headers, body, clock));
        }
        Operation.ResponseType declared = operation.response(status);
        if (declared != null && declared.kind() == Operation.ResponseKind.EMPTY) {
            return EmptyResult.INSTANCE;
        }
        if (declared != null && declared.kind() == Operation.ResponseKind.BYTES) {
            return body.clone();
        }
        if (declared != null && declared.kind() == Operation.ResponseKind.EVENTS) {
            // read whole already (a raw response): the same events, from memory
            return new EventStream(new ByteArrayInputStream(body.clone()), status, headers, operation.operationId(), method, uri);
        }
        if (status == 204 || isBlank(body)) {
            return EmptyResult.INSTANCE;
        }
        if (declared != null && declared.kind() == Operation.ResponseKind.TEXT) {
            return new String(body, StandardCharsets.UTF_8);
        }
        boolean declaredJson = declared != null && declared.kind() == Operation.ResponseKind.JSON;
        if (!declaredJson) {
            String contentType = headers.firstValue("content-type").orElse("");
            if (!isJson(contentType)) {
                return contentType.startsWith("application/octet") ? body.clone() : new String(body, StandardCharsets.UTF_8);
            }
        }
        try {
            // straight from the bytes into the model, with the type's reader made once
            return Json.reader(declaredJson ? declared.type() : Object.class).readValue(body);
        } catch (IOException | IllegalArgumentException e) {
            throw new ResponseDecodeException(
                    status + " response does not decode (" + e.getMessage() + ")",
                    status,
                    new String(body, StandardCharsets.UTF_8),
                    operation.operationId(),
                    e);
        }
    }

    /**
     * Reads an error body shaped {@code {"statusCode", "code", "message", "retryAfter"}} (also
     * {@code {"error": {...}}} and {@code {"error": "..."}}), tolerating anything else.
     *
     * @param operation the operation
     * @param method the HTTP method of the request
     * @param uri the URI of the request
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the body bytes
     * @param clock the wall clock, for {@code Retry-After} dates
     * @return the details
     */
    public static ErrorDetails errorDetails(
            Operation<?> operation, String method, URI uri, int status, HttpHeaders headers, byte[] body, Clock clock) {
        String text = new String(body, StandardCharsets.UTF_8);
        Object decoded = null;
        Object declaredBody = null;
        JsonNode fields = null;
        if (!text.isBlank()) {
            try {
                JsonNode tree = Json.mapper().readTree(body);
                declaredBody = declaredError(operation, status, tree);
                decoded = Json.mapper().treeToValue(tree, Object.class);
                if (tree != null && tree.isObject()) {
                    fields = tree.path("error").isObject() ? tree.get("error") : tree;
                }
            } catch (IOException e) {
                decoded = text;
            }
        }
        String code = null;
        String message = null;
        Duration bodyRetryAfter = null;
        if (fields != null) {
            code = scalar(fields.get("code"));
            message = scalar(fields.get("message"));
            if (message == null && fields.path("error").isTextual()) {
                message = fields.get("error").textValue();
            }
            JsonNode seconds = fields.get("retryAfter");
            if (seconds != null && seconds.isNumber() && seconds.asDouble() >= 0) {
                bodyRetryAfter = Duration.ofNanos((long) (seconds.asDouble() * 1e9));
            }
        } else if (decoded instanceof String && ((String) decoded).length() <= 500) {
            message = ((String) decoded).strip();
        }
        Duration retryAfter = Retries.retryAfter(headers, clock).orElse(bodyRetryAfter);
        return new ErrorDetails(
                status, code, message, retryAfter, decoded, headers, operation.operationId(), method, uri, declaredBody);
    }

    /** The error body as the model the operation declares for the status, or null when it has none or the body does not fit. */
    private static Object declaredError(Operation<?> operation, int status, JsonNode tree) {
        Operation.ResponseType declared = operation.response(status);
        if (tree == null || tree.isNull() || declared == null || declared.kind() != Operation.ResponseKind.JSON
                || declared.type() == null) {
            return null;
        }
        try {
            return Json.mapper().convertValue(tree, Json.type(declared.type()));
        } catch (IllegalArgumentException e) {
            return null; // not the declared shape: the untyped body still carries it
        }
    }

    /**
     * The {@code retryAfter} of an error body, when a response has one.
     *
     * @param body the body bytes
     * @return the wait, or null
     */
    public static Duration bodyRetryAfter(byte[] body) {
        if (isBlank(body)) {
            return null;
        }
        try {
            JsonNode tree = Json.mapper().readTree(body);
            JsonNode fields = tree.path("error").isObject() ? tree.get("error") : tree;
            JsonNode seconds = fields.get("retryAfter");
            if (seconds != null && seconds.isNumber() && seconds.asDouble() >= 0) {
                return Duration.ofNanos((long) (seconds.asDouble() * 1e9));
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static String scalar(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        return node.asText();
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean isJson(String contentType) {
        String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return media.isEmpty() || media.equals("application/json") || media.endsWith("+json");
    }
}
