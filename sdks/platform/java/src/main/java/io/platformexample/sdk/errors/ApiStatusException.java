package io.platformexample.sdk.errors;

import io.platformexample.sdk.core.Json;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The server answered with an error status (not 2xx, not 3xx).
 *
 * <p>{@link #code()}, {@link #errorMessage()} and {@link #retryAfter()} come from the error body
 * {@code {"statusCode", "code", "message", "retryAfter"}}; {@code retryAfter} prefers the {@code
 * Retry-After} header. {@link #getMessage()} names the operationId, method, path, status and code.
 */
public class ApiStatusException extends SdkException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String errorMessage;
    private final Duration retryAfter;
    private final transient Object body;
    private final transient Object declaredBody;
    private final transient HttpHeaders headers;
    private final String operationId;
    private final String method;
    private final URI url;

    /**
     * An exception for one error response.
     *
     * @param details what the response said
     */
    public ApiStatusException(ErrorDetails details) {
        this(describe(details), details);
    }

    /**
     * An exception for one error response, with its own message (e.g. a failed token request).
     *
     * @param message the message
     * @param details what the response said
     */
    public ApiStatusException(String message, ErrorDetails details) {
        super(message);
        this.status = details.status();
        this.code = details.code();
        this.errorMessage = details.message();
        this.retryAfter = details.retryAfter();
        this.body = details.body();
        this.declaredBody = details.declaredBody();
        this.headers = details.headers() == null ? HttpHeaders.of(Map.of(), (k, v) -> true) : details.headers();
        this.operationId = details.operationId();
        this.method = details.method();
        this.url = details.url();
    }

    /**
     * The exception class for a status: the exact status, else the class of status (4xx, 5xx),
     * else this base class. This is the one status-to-class map of the SDK.
     *
     * @param details what the response said
     * @return the exception to throw
     */
    public static ApiStatusException of(ErrorDetails details) {
        int status = details.status();
        switch (status) {
            case 400:
                return new BadRequestException(details);
            case 401:
                return new AuthenticationException(details);
            case 403:
                return new PermissionDeniedException(details);
            case 404:
                return new NotFoundException(details);
            case 409:
                return new ConflictException(details);
            case 412:
                return new PreconditionFailedException(details);
            case 422:
                return new UnprocessableEntityException(details);
            case 428:
                return new PreconditionRequiredException(details);
            case 429:
                return new RateLimitException(details);
            case 500:
                return new InternalServerErrorException(details);
            default:
                if (status >= 400 && status < 500) {
                    return new ClientErrorException(details);
                }
                if (status >= 500 && status < 600) {
                    return new ServerErrorException(details);
                }
                return new ApiStatusException(details);
        }
    }

    private static String describe(ErrorDetails details) {
        StringBuilder text = new StringBuilder();
        if (details.operationId() != null) {
            text.append(details.operationId()).append(": ");
        }
        if (details.method() != null || details.url() != null) {
            if (details.method() != null) {
                text.append(details.method()).append(' ');
            }
            if (details.url() != null) {
                text.append(pathOf(details.url())).append(' ');
            }
            text.append("returned ");
        }
        text.append(details.status());
        if (details.code() != null && !details.code().isEmpty()) {
            text.append(' ').append(details.code());
        }
        if (details.message() != null && !details.message().isEmpty()) {
            text.append(": ").append(details.message());
        }
        if (details.retryAfter() != null) {
            text.append(" (retry after ").append(seconds(details.retryAfter())).append("s)");
        }
        if (details.headers() != null) {
            details.headers().firstValue("x-request-id").ifPresent(id -> text.append(" [request id ").append(id).append(']'));
        }
        return text.toString();
    }

    static String pathOf(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
    }

    /**
     * The HTTP status.
     *
     * @return the status code
     */
    public int status() {
        return status;
    }

    /**
     * The machine-readable error code of the body (e.g. {@code rate_limited}).
     *
     * @return the code, or null when the body has none
     */
    public String code() {
        return code;
    }

    /**
     * The human-readable message of the error body (not the whole {@link #getMessage()}).
     *
     * @return the message, or null
     */
    public String errorMessage() {
        return errorMessage;
    }

    /**
     * How long the server asked to wait before retrying.
     *
     * @return the delay, when the server sent one
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * The decoded error body: maps, lists, strings, numbers and booleans as JSON decodes them, the
     * text when the body is not JSON, or null when it is empty.
     *
     * @return the body
     */
    public Object body() {
        return body;
    }

    /**
     * The error body decoded to the error model the spec declares for this status (else for {@code
     * default}) of the operation that was called; generated SDKs name that model in each
     * operation's description.
     *
     * @return the model, or empty when the operation declares none for the status or the body does
     *     not decode to it (then {@link #body()} still holds it)
     */
    public Optional<Object> errorBody() {
        return Optional.ofNullable(declaredBody);
    }

    /**
     * {@link #errorBody()} when it is a {@code type}: {@code e.errorBody(Error.class)}.
     *
     * @param <T> the model type
     * @param type the model class
     * @return the model, or empty when there is none or it is another type
     */
    public <T> Optional<T> errorBody(Class<T> type) {
        return type.isInstance(declaredBody) ? Optional.of(type.cast(declaredBody)) : Optional.empty();
    }

    /**
     * The error body converted to a type, e.g. the API's error model.
     *
     * @param <T> the type
     * @param type the class to convert to
     * @return the converted body, or empty when there is no JSON body or it does not fit
     */
    public <T> Optional<T> bodyAs(Class<T> type) {
        if (body == null || body instanceof String) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Json.mapper().convertValue(body, type));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The response headers.
     *
     * @return the headers
     */
    public HttpHeaders headers() {
        return headers;
    }

    /**
     * The {@code X-Request-Id} response header.
     *
     * @return the request id, when the server sent one
     */
    public Optional<String> requestId() {
        return headers.firstValue("x-request-id");
    }

    /**
     * The operationId of the call that failed.
     *
     * @return the operationId
     */
    public String operationId() {
        return operationId;
    }

    /**
     * The HTTP method of the call that failed.
     *
     * @return the method
     */
    public String method() {
        return method;
    }

    /**
     * The URL of the call that failed.
     *
     * @return the URL
     */
    public URI url() {
        return url;
    }
}
