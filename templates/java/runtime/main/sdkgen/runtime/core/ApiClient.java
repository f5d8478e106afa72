package sdkgen.runtime.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import sdkgen.runtime.errors.ApiConnectionException;
import sdkgen.runtime.errors.ClientClosedException;
import sdkgen.runtime.errors.InvalidArgumentException;
import sdkgen.runtime.errors.ResponseDecodeException;
import sdkgen.runtime.errors.SdkException;
import sdkgen.runtime.errors.WaiterTimeoutException;
import sdkgen.runtime.internal.Attempts;
import sdkgen.runtime.internal.InFlight;
import sdkgen.runtime.internal.OAuthTokens;
import sdkgen.runtime.internal.Paging;
import sdkgen.runtime.internal.PreparedRequest;
import sdkgen.runtime.internal.Requests;
import sdkgen.runtime.internal.Responses;
import sdkgen.runtime.internal.Session;

/**
 * Public: sends operations. Generated resources describe each call and hand it here; this class
 * builds the request, sends it with retries, and decodes the response, blocking or async. Pagination,
 * waiters and the log tail are built on the same calls; operations that answer with server-sent
 * events give an {@link EventStream}.
 *
 * <p>Thread-safe; share one client.
 */
public final class ApiClient implements AutoCloseable {
    private final ClientOptions options;
    private final Map<String, Operation<?>> operations;
    private final OAuthTokens tokens;
    private final Session session;
    private final Session.Refresher refresher = new SessionRefresher();
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * A client; usually made by {@link ClientBuilder#build()}.
     *
     * @param options the settings
     * @param operations the operations, by operationId
     */
    public ApiClient(ClientOptions options, Map<String, Operation<?>> operations) {
        this.options = options;
        this.operations = Map.copyOf(operations);
        this.tokens = options.clientId() != null && options.clientSecret() != null ? new OAuthTokens(options) : null;
        this.session = options.session();
    }

    /**
     * The session's token pair now: what the last login or refresh answer gave (or the builder's
     * {@code session(...)}, or the token store's). {@link SessionTokens#none()} when there is no
     * session (never signed in, signed out, or the refresh token was refused) or the API has none.
     *
     * @return the tokens
     */
    public SessionTokens sessionTokens() {
        return session == null ? SessionTokens.none() : session.current();
    }

    /**
     * The settings.
     *
     * @return the options
     */
    public ClientOptions options() {
        return options;
    }

    /**
     * Every operation, by operationId.
     *
     * @return the operations
     */
    public Map<String, Operation<?>> operations() {
        return operations;
    }

    /**
     * The operation with an operationId.
     *
     * @param operationId the operationId
     * @return the operation
     * @throws InvalidArgumentException for an unknown operationId (naming close matches)
     */
    public Operation<?> operation(String operationId) {
        Operation<?> found = operationId == null ? null : operations.get(operationId);
        if (found != null) {
            return found;
        }
        List<String> close = closeMatches(String.valueOf(operationId));
        String hint = close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
        throw new InvalidArgumentException("unknown operationId '" + operationId + "'" + hint);
    }

    // ------------------------------------------------------------------ calls

    /**
     * Sends one operation with retries and returns its decoded result: a 2xx gives the body
     * decoded to {@code T} ({@link EmptyResult} when there is none), a 3xx a {@link
     * RedirectResult}; any other status throws the status's {@code ApiStatusException}, and no
     * response at all an {@code ApiConnectionException}. An operation answering with server-sent
     * events gives an {@link EventStream} (see {@link #stream}).
     *
     * @param <T> the result type
     * @param operation the operation
     * @param pathParams path parameters by wire name, or null
     * @param query query, header and cookie parameters by wire name, or null
     * @param body a model, a map with wire keys, or null
     * @param options per-call overrides, or null
     * @return the result
     */
    public <T> T call(
            Operation<T> operation, Map<String, ?> pathParams, Map<String, ?> query, Object body, RequestOptions options) {
        if (operation.streams()) {
            return cast(stream(operation, pathParams, query, body, options));
        }
        return cast(exchange(operation, pathParams, query, body, options).parsed());
    }

    /**
     * {@link #call(Operation, Map, Map, Object, RequestOptions)} with typed parameters.
     *
     * @param <T> the result type
     * @param operation the operation
     * @param params the parameters and body
     * @param options per-call overrides, or null
     * @return the result
     */
    public <T> T call(Operation<T> operation, CallParams params, RequestOptions options) {
        return call(operation, params.pathParams(), params.queryParams(), params.body(), options);
    }

    /**
     * {@link #call(Operation, Map, Map, Object, RequestOptions)} without blocking; the future
     * completes exceptionally with the same exceptions. Cancelling it ({@code cancel(true)} or
     * {@code cancel(false)}) cancels the exchange in progress and starts no further attempt or
     * pause.
     *
     * @param <T> the result type
     * @param operation the operation
     * @param pathParams path parameters by wire name, or null
     * @param query query, header and cookie parameters by wire name, or null
     * @param body a model, a map with wire keys, or null
     * @param options per-call overrides, or null
     * @return the result
     */
    public <T> CompletableFuture<T> callAsync(
            Operation<T> operation, Map<String, ?> pathParams, Map<String, ?> query, Object body, RequestOptions options) {
        InFlight flight = new InFlight();
        return flight.bind(callAsync(flight, operation, pathParams, query, body, options));
    }

    private <T> CompletableFuture<T> callAsync(
            InFlight flight, Operation<T> operation, Map<String, ?> pathParams, Map<String, ?> query, Object body,
            RequestOptions options) {
        if (operation.streams()) {
            return streamAsync(flight, operation, pathParams, query, body, options).thenApply(ApiClient::cast);
        }
        return exchangeAsync(flight, operation, pathParams, query, body, options).thenApply(raw -> cast(raw.parsed()));
    }

    /**
     * {@link #callAsync(Operation, Map, Map, Object, RequestOptions)} with typed parameters.
     *
     * @param <T> the result type
     * @param operation the operation
     * @param params the parameters and body
     * @param options per-call overrides, or null
     * @return the result
     */
    public <T> CompletableFuture<T> callAsync(Operation<T> operation, CallParams params, RequestOptions options) {
        return callAsync(operation, params.pathParams(), params.queryParams(), params.body(), options);
    }

    /**
     * {@link #call(Operation, Map, Map, Object, RequestOptions)}, giving the response as it came
     * (status, headers, request ID) with {@link HttpResponseFor#parse()} for the typed result. An
     * error status throws its {@code ApiStatusException} as the plain call does. Not for an
     * operation that answers with server-sent events.
     *
     * @param <T> the result type
     * @param operation the operation
     * @param pathParams path parameters by wire name, or null
     * @param query query, header and cookie parameters by wire name, or null
     * @param body a model, a map with wire keys, or null
     * @param options per-call overrides, or null
     * @return the response
     * @throws InvalidArgumentException for an operation that streams events
     */
    public <T> HttpResponseFor<T> callRaw(
            Operation<T> operation, Map<String, ?> pathParams, Map<String, ?> query, Object body, RequestOptions options) {
        refuseStreams(operation);
        return checked(exchange(operation, pathParams, query, body, options));
    }

    /**
     * {@link #callRaw} without blocking; cancelling the future cancels the exchange as {@link
     * #callAsync(Operation, Map, Map, Object, RequestOptions)} does.
     *
     * @param <T> the result type
     * @param operation the operation
     * @param pathParams path parameters by wire name, or null
     * @param query query, header and cookie parameters by wire name, or null
     * @param body a model, a map with wire keys, or null
     * @param options per-call overrides, or null
     * @return the response; completes exceptionally with the same exceptions
     */
    public <T> CompletableFuture<HttpResponseFor<T>> callRawAsync(
            Operation<T> operation, Map<String, ?> pathParams, Map<String, ?> query, Object body, RequestOptions options) {
        try {
            refuseStreams(operation);
        } catch (SdkException e) {
            return CompletableFuture.failedFuture(e);
        }
        InFlight flight = new InFlight();
        return flight.bind(exchangeAsync(flight, operation, pathParams, query, body, options).thenApply(ApiClient::checked));
    }

    private static void refuseStreams(Operation<?> operation) {
        if (operation.streams()) {
            throw new InvalidArgumentException(operation.operationId()
                    + " answers with server-sent events, which have no raw form: call it plainly for its EventStream");
        }
    }

    /** A response as the typed result's raw form; an error status throws as the plain call does. */
    private static <T> HttpResponseFor<T> checked(RawResponse raw) {
        if (raw.status() >= 400) {
            raw.parsed(); // throws the status's ApiStatusException
        }
        return new HttpResponseFor<>(raw);
    }

    /**
     * Calls an operation by its operationId; the result is typed as the operation declares.
     *
     * @param operationId the operationId
     * @param pathParams path parameters by wire name, or null
     * @param query query, header and cookie parameters by wire name, or null
     * @param body a model, a map with wire keys, or null
     * @param options per-call overrides, or null
     * @return the result
     * @throws InvalidArgumentException for an unknown operationId
     */
    public Object request(
            String operationId, Map<String, ?> pathParams, Map<String, ?> query, Object body, RequestOptions options) {
        return call(operation(operationId), pathParams, query, body, options);
    }

    /**
     * {@link #request(String, Map, Map, Object, RequestOptions)} without blocking.
     *
     * @param operationId the operationId
     * @param pathParams path parameters by wire name, or null
     * @param query query, header and cookie parameters by wire name, or null
     * @param body a model, a map with wire keys, or null
     * @param options per-call overrides, or null
     * @return the result
     */
    public CompletableFuture<Object> requestAsync(
            String operationId, Map<String, ?> pathParams, Map<String, ?> query, Object body, RequestOptions options) {
        Operation<?> operation;
        try {
            operation = operation(operationId);
        } catch (SdkException e) {
            return CompletableFuture.failedFuture(e);
        }
        InFlight flight = new InFlight();
        if (operation.streams()) {
            return flight.bind(streamAsync(flight, operation, pathParams, query, body, options).thenApply(events -> events));
        }
        return flight.bind(exchangeAsync(flight, operation, pathParams, query, body, options).thenApply(RawResponse::parsed));
    }

    /**
     * Sends an operation that answers with server-sent events ({@code text/event-stream}) and
     * returns once the response headers have arrived, its events to be read as they come. Retries
     * apply until then, never after the stream has begun; an error status throws its {@code
     * ApiStatusException} as other calls do. The stream of a resumable operation ({@link
     * Operation#resume()}) reconnects by itself when it ends or breaks (see {@link EventStream}).
     *
     * @param operation the operation
     * @param pathParams path parameters by wire name, or null
     * @param query query, header and cookie parameters by wire name, or null
     * @param body a model, a map with wire keys, or null
     * @param options per-call overrides, or null; the timeout covers the wait for the headers
     * @return the events; close them when done
     */
    public EventStream stream(
            Operation<?> operation, Map<String, ?> pathParams, Map<String, ?> query, Object body, RequestOptions options) {
        return resumable(open(operation, pathParams, query, body, options), operation, pathParams, query, body, options);
    }

    /**
     * A resumable operation's stream reconnects through {@link #open} with the last event id in
     * the operation's resume header.
     */
    private EventStream resumable(
            EventStream events, Operation<?> operation, Map<String, ?> pathParams, Map<String, ?> query, Object body,
            RequestOptions options) {
        Operation.Resume resume = operation.resume();
        if (resume == null) {
            return events;
        }
        RequestOptions base = options == null ? RequestOptions.none() : options;
        return events.resumable(resume, lastEventId -> open(operation, pathParams, query, body,
                lastEventId == null ? base : base.withHeader(resume.header(), lastEventId)), this.options.sleeper());
    }

    private EventStream open(
            Operation<?> operation, Map<String, ?> pathParams, Map<String, ?> query, Object body, RequestOptions options) {
        PreparedRequest prepared = prepareOpen(this.options, operation, pathParams, query, body, options);
        Attempts attempts = attempts(prepared);
        while (true) {
            HttpRequest request = attempts.next();
            StreamStep step;
            try {
                step = begin(prepared, attempts, this.options.transport().sendStreaming(request));
            } catch (IOException | InterruptedException e) {
                step = new StreamStep(null, attempts.onFailure(e));
            }
            if (step.events() != null) {
                return step.events();
            }
            sleepBlocking(step.pause(), operation);
        }
    }

    /**
     * {@link #stream(Operation, Map, Map, Object, RequestOptions)} without blocking: the future
     * completes when the response headers have arrived. Reading the events still blocks.
     *
     * @param operation the operation
     * @param pathParams path parameters by wire name, or null
     * @param query query, header and cookie parameters by wire name, or null
     * @param body a model, a map with wire keys, or null
     * @param options per-call overrides, or null
     * @return the events; completes exceptionally with the same exceptions
     */
    public CompletableFuture<EventStream> streamAsync(
            Operation<?> operation, Map<String, ?> pathParams, Map<String, ?> query, Object body, RequestOptions options) {
        InFlight flight = new InFlight();
        return flight.bind(streamAsync(flight, operation, pathParams, query, body, options));
    }

    private CompletableFuture<EventStream> streamAsync(
            InFlight flight, Operation<?> operation, Map<String, ?> pathParams, Map<String, ?> query, Object body,
            RequestOptions options) {
        PreparedRequest prepared;
        try {
            prepared = prepareOpen(this.options, operation, pathParams, query, body, options);
        } catch (SdkException e) {
            return CompletableFuture.failedFuture(e);
        }
        return streamAttemptAsync(prepared, attempts(prepared), flight)
                .thenApply(events -> resumable(events, operation, pathParams, query, body, options));
    }

    /**
     * Like {@link #request(String, Map, Map, Object, RequestOptions)} (with retries), but returns
     * the response as it came, whatever its status.
     *
     * @param operationId the operationId
     * @param pathParams path parameters by wire name, or null
     * @param query query, header and cookie parameters by wire name, or null
     * @param body a model, a map with wire keys, or null
     * @param options per-call overrides, or null
     * @return the response
     */
    public RawResponse rawRequest(
            String operationId, Map<String, ?> pathParams, Map<String, ?> query, Object body, RequestOptions options) {
        return exchange(operation(operationId), pathParams, query, body, options);
    }

    /**
     * {@link #rawRequest(String, Map, Map, Object, RequestOptions)} for an operation.
     *
     * @param operation the operation
     * @param pathParams path parameters by wire name, or null
     * @param query query, header and cookie parameters by wire name, or null
     * @param body a model, a map with wire keys, or null
     * @param options per-call overrides, or null
     * @return the response
     */
    public RawResponse rawRequest(
            Operation<?> operation, Map<String, ?> pathParams, Map<String, ?> query, Object body, RequestOptions options) {
        return exchange(operation, pathParams, query, body, options);
    }

    /**
     * {@link #rawRequest(String, Map, Map, Object, RequestOptions)} without blocking.
     *
     * @param operationId the operationId
     * @param pathParams path parameters by wire name, or null
     * @param query query, header and cookie parameters by wire name, or null
     * @param body a model, a map with wire keys, or null
     * @param options per-call overrides, or null
     * @return the response
     */
    public CompletableFuture<RawResponse> rawRequestAsync(
            String operationId, Map<String, ?> pathParams, Map<String, ?> query, Object body, RequestOptions options) {
        try {
            InFlight flight = new InFlight();
            return flight.bind(exchangeAsync(flight, operation(operationId), pathParams, query, body, options));
        } catch (SdkException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Every item of a paginated operation, fetching pages as the loop consumes them. Each
     * iteration starts again from the first page.
     *
     * @param <I> the item type
     * @param operation a paginated operation
     * @param pathParams path parameters by wire name, or null
     * @param query the first page's query, or null
     * @param options per-call overrides, or null
     * @return the items
     */
    public <I> PageIterable<I> iterate(
            Operation<?> operation, Map<String, ?> pathParams, Map<String, ?> query, RequestOptions options) {
        Operation.Pagination pagination = operation.pagination();
        if (pagination == null) {
            throw new InvalidArgumentException(operation.operationId() + " is not paginated");
        }
        Map<String, Object> first = query == null ? new LinkedHashMap<>() : new LinkedHashMap<>(query);
        JavaType itemType = Json.type(pagination.itemType());
        return new PageIterable<>(
                pagination,
                first,
                (q, url) -> page(operation, pathParams, q, options, url),
                node -> convert(operation, node, itemType));
    }

    /**
     * The first page of a paginated operation: its items, {@code hasNextPage()}, {@code
     * nextPage()}, and iteration over every item from there (what the friendly list methods
     * return).
     *
     * @param <I> the item type
     * @param operation a paginated operation
     * @param pathParams path parameters by wire name, or null
     * @param query the first page's query, or null
     * @param options per-call overrides for every page, or null
     * @return the first page
     * @throws InvalidArgumentException for an operation without pagination
     */
    public <I> Paged<I> firstPage(
            Operation<?> operation, Map<String, ?> pathParams, Map<String, ?> query, RequestOptions options) {
        Paged.Source source = pagedSource(operation, pathParams, options);
        Map<String, Object> first = query == null ? new LinkedHashMap<>() : new LinkedHashMap<>(query);
        return Paged.of(source, operation.pagination(), first, source.fetch(first, null), 0);
    }

    /**
     * {@link #firstPage} without blocking; cancelling the future cancels the exchange.
     *
     * @param <I> the item type
     * @param operation a paginated operation
     * @param pathParams path parameters by wire name, or null
     * @param query the first page's query, or null
     * @param options per-call overrides for every page, or null
     * @return the first page; completes exceptionally with the same exceptions
     */
    public <I> CompletableFuture<Paged<I>> firstPageAsync(
            Operation<?> operation, Map<String, ?> pathParams, Map<String, ?> query, RequestOptions options) {
        Paged.Source source;
        try {
            source = pagedSource(operation, pathParams, options);
        } catch (SdkException e) {
            return CompletableFuture.failedFuture(e);
        }
        Map<String, Object> first = query == null ? new LinkedHashMap<>() : new LinkedHashMap<>(query);
        return source.fetchAsync(first, null).thenApply(fetched -> Paged.of(source, operation.pagination(), first, fetched, 0));
    }

    private Paged.Source pagedSource(Operation<?> operation, Map<String, ?> pathParams, RequestOptions options) {
        Operation.Pagination pagination = operation.pagination();
        if (pagination == null) {
            throw new InvalidArgumentException(operation.operationId() + " is not paginated");
        }
        JavaType itemType = Json.type(pagination.itemType());
        return new Paged.Source() {
            @Override
            public Paging.Page fetch(Map<String, Object> query, String url) {
                return page(operation, pathParams, query, options, url);
            }

            @Override
            public CompletableFuture<Paging.Page> fetchAsync(Map<String, Object> query, String url) {
                return pageAsync(operation, pathParams, query, options, url);
            }

            @Override
            public Object decode(JsonNode item) {
                return convert(operation, item, itemType);
            }
        };
    }

    /**
     * Polls an operation until its waiter's field is terminal, and returns that result.
     *
     * @param <T> the result type
     * @param operation an operation with a waiter
     * @param pathParams path parameters by wire name, or null
     * @param query query parameters, or null
     * @param wait timeout and poll interval, or null for the defaults
     * @param options per-call overrides, or null
     * @return the last result, in a terminal state
     * @throws WaiterTimeoutException when the timeout passes first
     */
    public <T> T waitFor(
            Operation<T> operation, Map<String, ?> pathParams, Map<String, ?> query, WaitOptions wait, RequestOptions options) {
        Waiting waiting = new Waiting(operation, wait);
        while (true) {
            T current = call(operation, pathParams, query, null, options);
            Duration pause = waiting.check(current);
            if (pause == null) {
                return current;
            }
            sleepBlocking(pause, operation);
        }
    }

    /**
     * {@link #waitFor(Operation, Map, Map, WaitOptions, RequestOptions)} without blocking.
     *
     * @param <T> the result type
     * @param operation an operation with a waiter
     * @param pathParams path parameters by wire name, or null
     * @param query query parameters, or null
     * @param wait timeout and poll interval, or null for the defaults
     * @param options per-call overrides, or null
     * @return the last result, in a terminal state; cancelling it cancels the poll or pause in
     *     progress and starts no further one
     */
    public <T> CompletableFuture<T> waitForAsync(
            Operation<T> operation, Map<String, ?> pathParams, Map<String, ?> query, WaitOptions wait, RequestOptions options) {
        Waiting waiting;
        try {
            waiting = new Waiting(operation, wait);
        } catch (SdkException e) {
            return CompletableFuture.failedFuture(e);
        }
        InFlight flight = new InFlight();
        return flight.bind(pollAsync(flight, waiting, operation, pathParams, query, options));
    }

    private <T> CompletableFuture<T> pollAsync(
            InFlight flight, Waiting waiting, Operation<T> operation, Map<String, ?> pathParams, Map<String, ?> query,
            RequestOptions options) {
        if (flight.cancelled()) {
            return InFlight.refused(operation.operationId());
        }
        return callAsync(flight, operation, pathParams, query, null, options).thenCompose(current -> {
            Duration pause = waiting.check(current);
            if (pause == null) {
                return CompletableFuture.completedFuture(current);
            }
            if (flight.cancelled()) {
                return InFlight.refused(operation.operationId());
            }
            return flight.track(options().sleeper().sleep(pause))
                    .thenCompose(v -> pollAsync(flight, waiting, operation, pathParams, query, options));
        });
    }

    /**
     * Follows new items of an operation with a tail: sends the tail's parameter (e.g. {@code
     * direction=forward}), then each page's next cursor, polling at once while pages come back
     * full and every {@code interval} otherwise. Close it to stop.
     *
     * @param <I> the item type
     * @param operation an operation with a tail
     * @param pathParams path parameters by wire name, or null
     * @param query the first query, or null
     * @param tail interval and poll limit, or null for the defaults
     * @param options per-call overrides, or null
     * @return the tail
     */
    public <I> Tail<I> tail(
            Operation<?> operation, Map<String, ?> pathParams, Map<String, ?> query, TailOptions tail, RequestOptions options) {
        Operation.Tailing tailing = operation.tail();
        Operation.Pagination pagination = operation.pagination();
        if (tailing == null || pagination == null || pagination.style() != Operation.PageStyle.CURSOR) {
            throw new InvalidArgumentException(operation.operationId() + " cannot be tailed");
        }
        Map<String, Object> first = query == null ? new LinkedHashMap<>() : new LinkedHashMap<>(query);
        first.put(tailing.param(), tailing.value());
        JavaType itemType = Json.type(pagination.itemType());
        return new Tail<>(
                pagination,
                first,
                tail == null ? TailOptions.defaults() : tail,
                options().sleeper(),
                options().clock(),
                q -> page(operation, pathParams, q, options),
                node -> convert(operation, node, itemType));
    }

    /** Closes the transport, when this client created it. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && options.ownsTransport()) {
            options.transport().close();
        }
    }

    /**
     * Whether {@link #close()} was called: a closed client refuses every call.
     *
     * @return true once closed
     */
    public boolean isClosed() {
        return closed.get();
    }

    private PreparedRequest prepareOpen(
            ClientOptions clientOptions,
            Operation<?> operation,
            Map<String, ?> pathParams,
            Map<String, ?> query,
            Object body,
            RequestOptions requestOptions) {
        if (closed.get()) {
            throw new ClientClosedException(operation.operationId() + ": the client is closed");
        }
        Object sent = body;
        Operation.SessionRole role = operation.session();
        if (sent == null && session != null && role != null && role.kind() == Operation.SessionKind.LOGOUT
                && !role.requestField().isEmpty()) {
            String refreshToken = session.current().refreshToken();
            if (!refreshToken.isEmpty()) {
                sent = Map.of(role.requestField(), refreshToken); // a logout names the session it ends
            }
        }
        return Requests.prepare(clientOptions, operation, pathParams, query, sent, requestOptions);
    }

    // ------------------------------------------------------------------ sending

    private RawResponse exchange(
            Operation<?> operation, Map<String, ?> pathParams, Map<String, ?> query, Object body, RequestOptions requestOptions) {
        return send(prepareOpen(options, operation, pathParams, query, body, requestOptions));
    }

    private RawResponse send(PreparedRequest prepared) {
        Operation<?> operation = prepared.operation();
        Attempts attempts = attempts(prepared);
        while (true) {
            HttpRequest request = attempts.next();
            HttpResponse<byte[]> response;
            try {
                response = options.transport().send(request);
            } catch (IOException | InterruptedException e) {
                sleepBlocking(attempts.onFailure(e), operation);
                continue;
            }
            Duration pause = attempts.onResponse(response);
            if (pause == null) {
                return raw(prepared, response);
            }
            sleepBlocking(pause, operation);
        }
    }

    private CompletableFuture<RawResponse> exchangeAsync(
            InFlight flight,
            Operation<?> operation, Map<String, ?> pathParams, Map<String, ?> query, Object body, RequestOptions requestOptions) {
        PreparedRequest prepared;
        try {
            prepared = prepareOpen(options, operation, pathParams, query, body, requestOptions);
        } catch (SdkException e) {
            return CompletableFuture.failedFuture(e);
        }
        return attemptAsync(attempts(prepared), flight).thenApply(response -> raw(prepared, response));
    }

    private CompletableFuture<HttpResponse<byte[]>> attemptAsync(Attempts attempts, InFlight flight) {
        String operationId = attempts.prepared().operation().operationId();
        if (flight.cancelled()) {
            return InFlight.refused(operationId);
        }
        CompletableFuture<HttpResponse<byte[]>> sent;
        try {
            sent = attempts.nextAsync().thenCompose(request -> flight.track(options.transport().sendAsync(request)));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return sent.handle((response, error) -> {
            if (flight.cancelled()) {
                return InFlight.<HttpResponse<byte[]>>refused(operationId);
            }
            try {
                Duration pause = error != null ? attempts.onFailure(error) : attempts.onResponse(response);
                if (pause == null) {
                    return CompletableFuture.completedFuture(response);
                }
                return flight.track(pause(pause)).thenCompose(v -> attemptAsync(attempts, flight));
            } catch (RuntimeException e) {
                return CompletableFuture.<HttpResponse<byte[]>>failedFuture(e);
            }
        }).thenCompose(Function.identity());
    }

    private CompletableFuture<EventStream> streamAttemptAsync(PreparedRequest prepared, Attempts attempts, InFlight flight) {
        String operationId = prepared.operation().operationId();
        if (flight.cancelled()) {
            return InFlight.refused(operationId);
        }
        CompletableFuture<HttpResponse<InputStream>> sent;
        try {
            sent = attempts.nextAsync().thenCompose(request -> flight.track(options.transport().sendStreamingAsync(request)));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return sent.handle((response, error) -> {
            if (flight.cancelled()) {
                if (response != null) {
                    closeQuietly(response.body());
                }
                return InFlight.<EventStream>refused(operationId);
            }
            try {
                StreamStep step = error != null
                        ? new StreamStep(null, attempts.onFailure(error))
                        : begin(prepared, attempts, response);
                if (step.events() != null) {
                    return CompletableFuture.completedFuture(step.events());
                }
                return flight.track(pause(step.pause())).thenCompose(v -> streamAttemptAsync(prepared, attempts, flight));
            } catch (RuntimeException e) {
                return CompletableFuture.<EventStream>failedFuture(e);
            }
        }).thenCompose(Function.identity());
    }

    /** What an attempt of a stream led to: its events, or the wait before the next attempt. */
    private static final class StreamStep {
        private final EventStream events;
        private final Duration pause;

        private StreamStep(EventStream events, Duration pause) {
            this.events = events;
            this.pause = pause;
        }

        public EventStream events() {
            return events;
        }

        public Duration pause() {
            return pause;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof StreamStep)) {
                return false;
            }
            StreamStep that = (StreamStep) other;
            return Objects.equals(events, that.events)
                    && Objects.equals(pause, that.pause);
        }

        @Override
        public int hashCode() {
            return Objects.hash(events, pause);
        }

        @Override
        public String toString() {
            return "StreamStep[events=" + events + ", pause=" + pause + "]";
        }
    }

    /**
     * A 2xx begins the stream; anything else (its body already read whole by the transport) is
     * retried or thrown as other calls do.
     */
    private StreamStep begin(PreparedRequest prepared, Attempts attempts, HttpResponse<InputStream> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            attempts.onStreamStart(status, response.headers());
            return new StreamStep(new EventStream(
                    response.body(), status, response.headers(), prepared.operation().operationId(), prepared.method(),
                    prepared.displayUri()), null);
        }
        byte[] bytes;
        try (InputStream in = response.body()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            return new StreamStep(null, attempts.onFailure(e));
        }
        Duration pause = attempts.onResponse(status, response.headers(), bytes);
        if (pause != null) {
            return new StreamStep(null, pause);
        }
        Object result = Responses.parse(
                prepared.operation(), prepared.method(), prepared.displayUri(), status, response.headers(), bytes, options.clock());
        String where = result instanceof RedirectResult ? " (a redirect to " + ((RedirectResult) result).location() + ")" : "";
        throw new ResponseDecodeException(
                "the server answered " + status + where + " instead of server-sent events", status, "",
                prepared.operation().operationId(), null);
    }

    private CompletableFuture<Void> pause(Duration pause) {
        return pause.isZero() ? CompletableFuture.completedFuture(null) : options.sleeper().sleep(pause);
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // the call was cancelled: nothing reads this body
        }
    }

    private RawResponse raw(PreparedRequest prepared, HttpResponse<byte[]> response) {
        Operation<?> operation = prepared.operation();
        int status = response.statusCode();
        if (session != null && operation.session() != null && status >= 200 && status < 300) {
            session.observe(operation, status, response.body(), options.clock()); // a login, refresh or logout
        }
        return new RawResponse(
                operation,
                prepared.method(),
                prepared.displayUri(),
                status,
                response.headers(),
                response.body(),
                options.clock());
    }

    /** The attempts of a call: with the session's access token when it sends one. */
    private Attempts attempts(PreparedRequest prepared) {
        return new Attempts(options, prepared, tokens, usesSession(prepared) ? session : null, refresher);
    }

    /**
     * Whether a call sends the session's access token: the client has a session, the operation
     * takes a bearer token (or the API declares no schemes), it is no login or refresh itself, and
     * neither the client ({@code token(...)}, other credentials) nor the call set Authorization.
     */
    private boolean usesSession(PreparedRequest prepared) {
        Operation<?> operation = prepared.operation();
        if (session == null || prepared.tokenUrl() != null
                || (operation.session() != null && operation.session().kind() != Operation.SessionKind.LOGOUT)) {
            return false;
        }
        for (Map.Entry<String, String> header : prepared.headers()) {
            if (header.getKey().equalsIgnoreCase("Authorization")) {
                return false;
            }
        }
        if (operation.security() == null) {
            return true;
        }
        for (SecurityScheme scheme : operation.security()) {
            boolean bearer = scheme.kind() == SecurityScheme.Kind.HTTP && "bearer".equalsIgnoreCase(scheme.scheme());
            if (bearer || scheme.kind() == SecurityScheme.Kind.OAUTH2 || scheme.kind() == SecurityScheme.Kind.OPEN_ID_CONNECT) {
                return true;
            }
        }
        return false;
    }

    /** Sends the API's refresh operation for the session; its answer updates the session in {@link #raw}. */
    private final class SessionRefresher implements Session.Refresher {
        @Override
        public void refresh(Map<String, Object> body) {
            Operation<?> operation = Session.operationOf(operations.values(), Operation.SessionKind.REFRESH);
            RawResponse raw = send(prepareOpen(options, operation, null, null, body, null));
            if (raw.status() >= 300) {
                raw.parsed(); // throws the status's error: AuthenticationException for a refused refresh token
            }
        }

        @Override
        public CompletableFuture<Void> refreshAsync(Map<String, Object> body) {
            Operation<?> operation = Session.operationOf(operations.values(), Operation.SessionKind.REFRESH);
            PreparedRequest prepared;
            try {
                prepared = prepareOpen(options, operation, null, null, body, null);
            } catch (SdkException e) {
                return CompletableFuture.failedFuture(e);
            }
            return attemptAsync(attempts(prepared), new InFlight()).thenApply(response -> {
                RawResponse raw = raw(prepared, response);
                if (raw.status() >= 300) {
                    raw.parsed();
                }
                return null;
            });
        }
    }

    private void sleepBlocking(Duration pause, Operation<?> operation) {
        if (pause.isZero()) {
            return; // at once: a new OAuth2 token after a 401
        }
        CompletableFuture<Void> timer = options.sleeper().sleep(pause);
        try {
            timer.get();
        } catch (InterruptedException e) {
            timer.cancel(true);
            Thread.currentThread().interrupt();
            throw new ApiConnectionException("interrupted while waiting", operation.operationId(), operation.method(), null, e);
        } catch (ExecutionException | CancellationException e) {
            // a cancelled or failed timer ends the wait early
        }
    }

    private JsonNode page(Operation<?> operation, Map<String, ?> pathParams, Map<String, Object> query, RequestOptions options) {
        Paging.Page page = page(operation, pathParams, query, options, null);
        return page == null ? null : page.body();
    }

    /** One page, from {@code url} (a next-page URL the API gave) instead of the operation's own when given. */
    private Paging.Page page(
            Operation<?> operation, Map<String, ?> pathParams, Map<String, Object> query, RequestOptions options, String url) {
        PreparedRequest prepared = prepareOpen(this.options, operation, pathParams, query, null, options);
        if (url != null) {
            prepared = Requests.follow(this.options, prepared, url);
        }
        return readPage(prepared, send(prepared), url);
    }

    /** {@link #page(Operation, Map, Map, RequestOptions, String)} without blocking; cancelling it cancels the exchange. */
    private CompletableFuture<Paging.Page> pageAsync(
            Operation<?> operation, Map<String, ?> pathParams, Map<String, Object> query, RequestOptions options, String url) {
        PreparedRequest prepared;
        try {
            prepared = prepareOpen(this.options, operation, pathParams, query, null, options);
            if (url != null) {
                prepared = Requests.follow(this.options, prepared, url);
            }
        } catch (SdkException e) {
            return CompletableFuture.failedFuture(e);
        }
        PreparedRequest sent = prepared;
        InFlight flight = new InFlight();
        return flight.bind(attemptAsync(attempts(sent), flight)
                .thenApply(response -> readPage(sent, raw(sent, response), url)));
    }

    private static Paging.Page readPage(PreparedRequest prepared, RawResponse raw, String url) {
        if (raw.status() < 200 || raw.status() >= 300) {
            raw.parsed(); // throws the status's error; a redirect ends the pages
            return null;
        }
        List<String> links = raw.headers().allValues("link");
        try {
            return new Paging.Page(
                    raw.json(), url != null ? url : prepared.uri().toString(), links.isEmpty() ? null : String.join(", ", links));
        } catch (RuntimeException e) {
            throw new ResponseDecodeException(
                    "the page is not JSON", raw.status(), raw.text(), prepared.operation().operationId(), e);
        }
    }

    private static Object convert(Operation<?> operation, JsonNode node, JavaType type) {
        try {
            return Json.mapper().convertValue(node, type);
        } catch (IllegalArgumentException e) {
            throw new ResponseDecodeException(
                    "an item does not decode (" + e.getMessage() + ")", 200, node.toString(), operation.operationId(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value; // the generated Operation<T> declares what its responses decode to
    }

    private List<String> closeMatches(String operationId) {
        String wanted = operationId.toLowerCase(Locale.ROOT);
        List<Map.Entry<String, Integer>> scored = new ArrayList<>();
        for (String id : operations.keySet()) {
            int distance = distance(wanted, id.toLowerCase(Locale.ROOT));
            if (distance <= Math.max(2, id.length() / 4)) {
                scored.add(Map.entry(id, distance));
            }
        }
        scored.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(3, scored.size()); i++) {
            names.add("'" + scored.get(i).getKey() + "'");
        }
        return names;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The state of one waiter: its deadline, and whether a result is terminal. */
    private final class Waiting {
        private final Operation<?> operation;
        private final Operation.Waiter waiter;
        private final WaitOptions wait;
        private final Instant deadline;
        private int polls;

        Waiting(Operation<?> operation, WaitOptions wait) {
            if (operation.waiter() == null) {
                throw new InvalidArgumentException(operation.operationId() + " has no waiter");
            }
            this.operation = operation;
            this.waiter = operation.waiter();
            this.wait = wait == null ? WaitOptions.defaults() : wait;
            this.deadline = options.clock().instant().plus(this.wait.timeout());
        }

        /** Null when {@code current} is terminal; else the pause before the next poll. */
        Duration check(Object current) {
            JsonNode field = Json.toTree(current).get(waiter.field());
            String state = field == null || field.isNull() ? null : Requests.stringify(field);
            if (state != null && waiter.terminal().contains(state)) {
                return null;
            }
            polls++;
            if (wait.maxPolls() != null && polls >= wait.maxPolls()) {
                throw new WaiterTimeoutException(
                        operation.operationId() + ": " + waiter.field() + " is still '" + state + "' after " + polls
                                + " polls (maxPolls; waiting for " + String.join(", ", waiter.terminal()) + ")",
                        current, state, operation.operationId(), wait.timeout());
            }
            if (wait.stop() != null && wait.stop().getAsBoolean()) {
                throw new WaiterTimeoutException(
                        operation.operationId() + ": stopped by the stop callback while " + waiter.field() + " is '"
                                + state + "' (waiting for " + String.join(", ", waiter.terminal()) + ")",
                        current, state, operation.operationId(), wait.timeout());
            }
            Duration remaining = Duration.between(options.clock().instant(), deadline);
            if (remaining.isZero() || remaining.isNegative()) {
                throw new WaiterTimeoutException(
                        operation.operationId() + ": " + waiter.field() + " is still '" + state + "' after "
                                + wait.timeout().toMillis() / 1000.0 + "s (waiting for "
                                + String.join(", ", waiter.terminal()) + ")",
                        current,
                        state,
                        operation.operationId(),
                        wait.timeout());
            }
            return remaining.compareTo(wait.interval()) < 0 ? remaining : wait.interval();
        }
    }
}
