package io.platformexample.sdk.core;

import io.platformexample.sdk.errors.InvalidArgumentException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Public: builds a client. The generated client's {@code builder()} returns one of these, with
 * the API's default base URL already set.
 *
 * @param <C> the client it builds
 */
public final class ClientBuilder<C> {
    private final Function<ApiClient, C> factory;
    private final Map<String, Operation<?>> operations;
    String baseUrl;
    String token;
    String username;
    String password;
    String apiKey;
    String clientId;
    String clientSecret;
    String tokenUrl;
    List<String> scopes = List.of();
    String tenantId;
    Duration timeout = Defaults.TIMEOUT;
    Duration connectTimeout = Defaults.CONNECT_TIMEOUT;
    int maxRetries = Defaults.MAX_RETRIES;
    final Map<String, String> headers = new LinkedHashMap<>();
    RequestSigner signer;
    HttpListener listener;
    Clock clock = Clock.systemUTC();
    Sleeper sleeper = Sleeper.system();
    DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
    String sdkName = "sdk";
    String sdkVersion = "0.0.0";
    String log;
    private HttpTransport transport;
    private HttpTransport inheritedTransport;

    private ClientBuilder(Function<ApiClient, C> factory, Map<String, Operation<?>> operations) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.operations = Map.copyOf(operations);
    }

    /**
     * A builder for a client over some operations.
     *
     * @param <C> the client it builds
     * @param factory makes the client from its {@link ApiClient}
     * @param operations the operations, by operationId
     * @return a builder with the defaults
     */
    public static <C> ClientBuilder<C> create(Function<ApiClient, C> factory, Map<String, Operation<?>> operations) {
        return new ClientBuilder<>(factory, operations);
    }

    /**
     * A builder starting from an existing client's settings, sharing its transport (connection
     * pool) unless the connect timeout or transport is changed.
     *
     * @param <C> the client it builds
     * @param options the settings to start from
     * @param factory makes the client from its {@link ApiClient}
     * @param operations the operations, by operationId
     * @return a builder
     */
    public static <C> ClientBuilder<C> from(
            ClientOptions options, Function<ApiClient, C> factory, Map<String, Operation<?>> operations) {
        ClientBuilder<C> builder = new ClientBuilder<>(factory, operations);
        builder.baseUrl = options.baseUrl();
        builder.token = options.token();
        builder.username = options.username();
        builder.password = options.password();
        builder.apiKey = options.apiKey();
        builder.clientId = options.clientId();
        builder.clientSecret = options.clientSecret();
        builder.tokenUrl = options.tokenUrl();
        builder.scopes = options.scopes();
        builder.tenantId = options.tenantId();
        builder.timeout = options.timeout();
        builder.connectTimeout = options.connectTimeout();
        builder.maxRetries = options.maxRetries();
        builder.headers.putAll(options.headers());
        builder.signer = options.signer();
        builder.listener = options.listener();
        builder.clock = options.clock();
        builder.sleeper = options.sleeper();
        builder.jitter = options.jitter();
        builder.sdkName = options.sdkName();
        builder.sdkVersion = options.sdkVersion();
        builder.inheritedTransport = options.transport();
        return builder;
    }

    /**
     * Reads settings from the environment: {@code <PREFIX>_TOKEN}, {@code <PREFIX>_BASE_URL} and
     * {@code <PREFIX>_LOG} ({@code debug} or {@code info}: requests and responses, secrets
     * redacted, on standard error; {@code off} for none). An unset or empty variable changes
     * nothing, and a setting given after this call wins over the variable. The generated client's
     * {@code builder()} calls it with the API's prefix.
     *
     * @param prefix the variables' prefix, e.g. {@code AXHUB}
     * @param lookup reads a variable, e.g. {@code System::getenv}; null when unset
     * @return this builder
     */
    public ClientBuilder<C> environment(String prefix, UnaryOperator<String> lookup) {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(lookup, "lookup");
        String token = lookup.apply(prefix + "_TOKEN");
        if (token != null && !token.isEmpty()) {
            this.token = token;
        }
        String baseUrl = lookup.apply(prefix + "_BASE_URL");
        if (baseUrl != null && !baseUrl.isEmpty()) {
            this.baseUrl = baseUrl;
        }
        String log = lookup.apply(prefix + "_LOG");
        if (log != null && !log.isEmpty()) {
            this.log = prefix + "_LOG=" + log;
        }
        return this;
    }

    /**
     * Sets the base URL (scheme, host, optional port and path prefix).
     *
     * @param baseUrl the base URL
     * @return this builder
     */
    public ClientBuilder<C> baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
        return this;
    }

    /**
     * Sets the bearer token (a user JWT or an API token), sent as {@code Authorization: Bearer} to
     * operations that accept a bearer, OAuth2 or OpenID Connect scheme (to every operation when the
     * API declares no schemes).
     *
     * @param token the token, or null for none
     * @return this builder
     */
    public ClientBuilder<C> token(String token) {
        this.token = token;
        return this;
    }

    /**
     * Sets the user name of HTTP basic authentication, sent as {@code Authorization: Basic} to
     * operations that accept it.
     *
     * @param username the user name, or null for none
     * @return this builder
     */
    public ClientBuilder<C> username(String username) {
        this.username = username;
        return this;
    }

    /**
     * Sets the password of HTTP basic authentication (with {@link #username(String)}).
     *
     * @param password the password, or null for none (an empty one)
     * @return this builder
     */
    public ClientBuilder<C> password(String password) {
        this.password = password;
        return this;
    }

    /**
     * Sets the API key, sent where each API key scheme an operation accepts says: a header, a
     * query parameter or a cookie.
     *
     * @param apiKey the key, or null for none
     * @return this builder
     */
    public ClientBuilder<C> apiKey(String apiKey) {
        this.apiKey = apiKey;
        return this;
    }

    /**
     * Sets the OAuth2 client id; with {@link #clientSecret(String)}, the client fetches tokens
     * with the client-credentials grant for operations that accept OAuth2.
     *
     * @param clientId the client id, or null for none
     * @return this builder
     */
    public ClientBuilder<C> clientId(String clientId) {
        this.clientId = clientId;
        return this;
    }

    /**
     * Sets the OAuth2 client secret (with {@link #clientId(String)}).
     *
     * @param clientSecret the secret, or null for none
     * @return this builder
     */
    public ClientBuilder<C> clientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
        return this;
    }

    /**
     * Sets the token URL of the client-credentials grant, instead of the one the API declares;
     * a relative URL is resolved against the base URL.
     *
     * @param tokenUrl the token URL, or null for the declared one
     * @return this builder
     */
    public ClientBuilder<C> tokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
        return this;
    }

    /**
     * Sets the scopes asked for with the client-credentials grant (default: none, so the
     * server's default).
     *
     * @param scopes the scopes
     * @return this builder
     */
    public ClientBuilder<C> scopes(List<String> scopes) {
        this.scopes = List.copyOf(scopes);
        return this;
    }

    /**
     * Sets the scopes asked for with the client-credentials grant.
     *
     * @param scopes the scopes
     * @return this builder
     */
    public ClientBuilder<C> scopes(String... scopes) {
        return scopes(List.of(scopes));
    }

    /**
     * Sets the tenant, sent as {@code X-Tenant-ID}.
     *
     * @param tenantId the tenant id, or null for none
     * @return this builder
     */
    public ClientBuilder<C> tenantId(String tenantId) {
        this.tenantId = tenantId;
        return this;
    }

    /**
     * Sets the request timeout of each attempt (default 60 s); a call can override it.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public ClientBuilder<C> timeout(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        return this;
    }

    /**
     * Sets the connect timeout of the HTTP client the SDK creates (default 10 s).
     *
     * @param connectTimeout the timeout
     * @return this builder
     */
    public ClientBuilder<C> connectTimeout(Duration connectTimeout) {
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.inheritedTransport = null;
        return this;
    }

    /**
     * Sets the retries after the first attempt (default 2; 0 turns retries off).
     *
     * @param maxRetries the count
     * @return this builder
     */
    public ClientBuilder<C> maxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
        return this;
    }

    /**
     * Adds a header sent with every request.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public ClientBuilder<C> header(String name, String value) {
        this.headers.put(name, value);
        return this;
    }

    /**
     * Sets a request signer, called for every attempt.
     *
     * @param signer the signer, or null for none
     * @return this builder
     */
    public ClientBuilder<C> signer(RequestSigner signer) {
        this.signer = signer;
        return this;
    }

    /**
     * Sets a debug hook that sees requests and responses, secrets redacted.
     *
     * @param listener the listener, or null for none
     * @return this builder
     */
    public ClientBuilder<C> listener(HttpListener listener) {
        this.listener = listener;
        return this;
    }

    /**
     * Uses your own {@link HttpClient} (proxy, TLS, executor). It should not follow redirects.
     *
     * @param httpClient the client
     * @return this builder
     */
    public ClientBuilder<C> httpClient(HttpClient httpClient) {
        this.transport = HttpTransport.of(httpClient);
        return this;
    }

    /**
     * Replaces what sends requests altogether.
     *
     * @param transport the transport
     * @return this builder
     */
    public ClientBuilder<C> transport(HttpTransport transport) {
        this.transport = transport;
        return this;
    }

    /**
     * Sets the wall clock (waiter deadlines, {@code Retry-After} dates); for tests.
     *
     * @param clock the clock
     * @return this builder
     */
    public ClientBuilder<C> clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * Sets how the client waits between retries and polls; for tests.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public ClientBuilder<C> sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return this;
    }

    /**
     * Sets the source of backoff jitter, numbers in [0, 1); for tests.
     *
     * @param jitter the jitter
     * @return this builder
     */
    public ClientBuilder<C> jitter(DoubleSupplier jitter) {
        this.jitter = Objects.requireNonNull(jitter, "jitter");
        return this;
    }

    /**
     * Names the SDK in the {@code User-Agent}.
     *
     * @param name the SDK's name
     * @param version its version
     * @return this builder
     */
    public ClientBuilder<C> sdk(String name, String version) {
        this.sdkName = Objects.requireNonNull(name, "name");
        this.sdkVersion = Objects.requireNonNull(version, "version");
        return this;
    }

    /**
     * Builds the client; nothing is opened until the first call.
     *
     * @return the client
     * @throws InvalidArgumentException when a setting is invalid
     */
    public C build() {
        checkBaseUrl(baseUrl);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new InvalidArgumentException("timeout must be positive, got " + timeout);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new InvalidArgumentException("connectTimeout must be positive, got " + connectTimeout);
        }
        if (listener == null) {
            listener = logListener(log);
        }
        if ((clientId == null) != (clientSecret == null)) {
            throw new InvalidArgumentException("clientId and clientSecret go together: set both or neither");
        }
        if (maxRetries < 0) {
            throw new InvalidArgumentException("maxRetries must be >= 0, got " + maxRetries);
        }
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        HttpTransport chosen = transport != null ? transport : inheritedTransport;
        boolean owns = false;
        if (chosen == null) {
            // HTTP/1.1: left to its default, java.net.http offers an h2c upgrade on every plain
            // http:// request, which servers that do not speak HTTP/2 reject or strip the body of.
            chosen = HttpTransport.of(HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build());
            owns = true;
        }
        return factory.apply(new ApiClient(new ClientOptions(this, chosen, owns), operations));
    }

    private static void checkBaseUrl(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new InvalidArgumentException("baseUrl is required");
        }
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("baseUrl is not a URL: '" + baseUrl + "'", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new InvalidArgumentException("baseUrl must be an absolute http(s) URL with a host, got '" + baseUrl + "'");
        }
    }

    /** The listener a {@code <PREFIX>_LOG} setting asks for: null for none. */
    private static HttpListener logListener(String setting) {
        if (setting == null) {
            return null;
        }
        String level = setting.substring(setting.indexOf('=') + 1).trim().toLowerCase(Locale.ROOT);
        switch (level) {
            case "off":
                return null;
            case "info":
                return new StderrLog(false);
            case "debug":
                return new StderrLog(true);
            default:
                throw new InvalidArgumentException(setting + ": expected debug, info or off");
        }
    }

    /**
     * Requests and responses on standard error, secrets redacted (the {@code <PREFIX>_LOG} switch):
     * one line each; with {@code debug}, the headers and body too.
     */
    private static final class StderrLog implements HttpListener {
        private final boolean debug;

        private StderrLog(boolean debug) {
            this.debug = debug;
        }

        @Override
        public void onRequest(LoggedRequest request) {
            String line = "--> " + request.method() + " " + request.uri() + " (" + request.operationId()
                    + ", attempt " + request.attempt() + ")";
            System.err.println(debug ? line + " " + request.headers() + " " + request.bodyText() : line);
        }

        @Override
        public void onResponse(LoggedResponse response) {
            String line = "<-- " + response.status() + " " + response.method() + " " + response.uri();
            System.err.println(debug ? line + " " + response.headers() + " " + response.bodyText() : line);
        }
    }
}
