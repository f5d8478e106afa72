package ai.axhub.sdk.core;

import ai.axhub.sdk.errors.InvalidArgumentException;
import ai.axhub.sdk.internal.Session;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Public: the settings of a client being built, and {@link #build()}. Every setter returns the
 * builder itself ({@code B}): {@link ClientBuilder}, or the generated client's own {@code Builder}
 * when its API has settings of its own (e.g. the base URL of another host).
 *
 * @param <C> the client it builds
 * @param <B> the builder's own type
 */
public abstract class BaseClientBuilder<C, B extends BaseClientBuilder<C, B>> {
    private final Function<ApiClient, C> factory;
    private final Map<String, Operation<?>> operations;
    String baseUrl;
    final Map<String, String> hostDefaults = new LinkedHashMap<>();
    final Map<String, String> hostUrls = new LinkedHashMap<>();
    String signingKeyId;
    String signingSecret;
    String envPrefix;
    String token;
    String username;
    String password;
    String apiKey;
    String clientId;
    String clientSecret;
    String tokenUrl;
    List<String> scopes = List.of();
    String tenantId;
    String tenantHeader;
    String tenantEnv;
    SessionTokens sessionSeed;
    TokenStore tokenStore;
    Session inheritedSession;
    Session session;
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
    HttpTransport transport;
    HttpTransport inheritedTransport;

    /**
     * A builder for a client over some operations.
     *
     * @param factory makes the client from its {@link ApiClient}
     * @param operations the operations, by operationId
     */
    protected BaseClientBuilder(Function<ApiClient, C> factory, Map<String, Operation<?>> operations) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.operations = Map.copyOf(operations);
    }

    /**
     * Starts from an existing client's settings, sharing its transport (connection pool) unless
     * the connect timeout or transport is changed (the generated client's {@code withOptions}).
     *
     * @param options the settings to start from
     * @return this builder
     */
    public B inherit(ClientOptions options) {
        this.baseUrl = options.baseUrl();
        this.hostDefaults.putAll(options.hostBaseUrls());
        this.signingKeyId = options.signingKeyId();
        this.signingSecret = options.signingSecret();
        this.token = options.token();
        this.username = options.username();
        this.password = options.password();
        this.apiKey = options.apiKey();
        this.clientId = options.clientId();
        this.clientSecret = options.clientSecret();
        this.tokenUrl = options.tokenUrl();
        this.scopes = options.scopes();
        this.tenantId = options.tenantId();
        this.tenantHeader = options.tenantHeader();
        this.tenantEnv = options.tenantEnv();
        this.inheritedSession = options.session();
        this.timeout = options.timeout();
        this.connectTimeout = options.connectTimeout();
        this.maxRetries = options.maxRetries();
        this.headers.putAll(options.headers());
        this.signer = options.signer();
        this.listener = options.listener();
        this.clock = options.clock();
        this.sleeper = options.sleeper();
        this.jitter = options.jitter();
        this.sdkName = options.sdkName();
        this.sdkVersion = options.sdkVersion();
        this.inheritedTransport = options.transport();
        return self();
    }

    /**
     * This builder, as its own type.
     *
     * @return this
     */
    protected abstract B self();

    /**
     * Reads settings from the environment: {@code <PREFIX>_TOKEN}, {@code <PREFIX>_BASE_URL},
     * {@code <PREFIX>_<HOST>_BASE_URL} for each host of {@link #hosts(Map)} (e.g. {@code
     * DEPLITE_AGENT_BASE_URL}), {@code <PREFIX>_SIGNING_KEY_ID} and {@code <PREFIX>_SIGNING_SECRET},
     * {@code <PREFIX>_<SUFFIX>} for the tenant id when {@link #tenant} declared the suffix, and
     * {@code <PREFIX>_LOG} ({@code debug} or {@code info}: requests and responses, secrets
     * redacted, on standard error; {@code off} for none). An unset or empty variable changes
     * nothing, and a setting given after this call wins over the variable. The generated client's
     * {@code builder()} calls it with the API's prefix.
     *
     * @param prefix the variables' prefix, e.g. {@code AXHUB}
     * @param lookup reads a variable, e.g. {@code System::getenv}; null when unset
     * @return this builder
     */
    public B environment(String prefix, UnaryOperator<String> lookup) {
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
        for (String host : hostDefaults.keySet()) {
            String url = lookup.apply(prefix + "_" + host.toUpperCase(Locale.ROOT) + "_BASE_URL");
            if (url != null && !url.isEmpty()) {
                this.hostUrls.put(host, url);
            }
        }
        String keyId = lookup.apply(prefix + "_SIGNING_KEY_ID");
        if (keyId != null && !keyId.isEmpty()) {
            this.signingKeyId = keyId;
        }
        String secret = lookup.apply(prefix + "_SIGNING_SECRET");
        if (secret != null && !secret.isEmpty()) {
            this.signingSecret = secret;
        }
        if (tenantEnv != null) {
            String tenant = lookup.apply(prefix + "_" + tenantEnv);
            if (tenant != null && !tenant.isEmpty()) {
                this.tenantId = tenant;
            }
        }
        this.envPrefix = prefix;
        String log = lookup.apply(prefix + "_LOG");
        if (log != null && !log.isEmpty()) {
            this.log = prefix + "_LOG=" + log;
        }
        return self();
    }

    /**
     * Sets the base URL (scheme, host, optional port and path prefix).
     *
     * @param baseUrl the base URL
     * @return this builder
     */
    public B baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
        return self();
    }

    /**
     * Declares the API's other hosts and their default base URLs (the generated client's {@code
     * builder()} does): operations whose descriptor names a host go there instead of {@code
     * baseUrl}. Call it before {@link #environment}, which reads each host's variable.
     *
     * @param defaults base URL by host key, e.g. {@code agent}
     * @return this builder
     */
    public B hosts(Map<String, String> defaults) {
        Objects.requireNonNull(defaults, "defaults").forEach((host, url) -> this.hostDefaults.put(
                Objects.requireNonNull(host, "host"), Objects.requireNonNull(url, "url")));
        return self();
    }

    /**
     * Sets the base URL of one of the API's other hosts (validated like {@link #baseUrl} when the
     * client is built; an unknown host is refused then).
     *
     * @param host the host's key, e.g. {@code agent}
     * @param url its base URL, or null for its default
     * @return this builder
     */
    public B hostBaseUrl(String host, String url) {
        Objects.requireNonNull(host, "host");
        if (url == null) {
            this.hostUrls.remove(host);
        } else {
            this.hostUrls.put(host, url);
        }
        return self();
    }

    /**
     * Sets the key that signs the requests of operations whose security scheme is a request
     * signature (see {@link Signer}): every attempt gets a fresh timestamp and nonce. A bearer
     * token and a signing key can be set on one client. Both or neither.
     *
     * @param keyId the key id (e.g. an agent id), or null for none
     * @param secret the secret, or null for none
     * @return this builder
     */
    public B signingKey(String keyId, String secret) {
        this.signingKeyId = keyId;
        this.signingSecret = secret;
        return self();
    }

    /**
     * Sets the bearer token (a user JWT or an API token), sent as {@code Authorization: Bearer} to
     * operations that accept a bearer, OAuth2 or OpenID Connect scheme (to every operation when the
     * API declares no schemes).
     *
     * @param token the token, or null for none
     * @return this builder
     */
    public B token(String token) {
        this.token = token;
        return self();
    }

    /**
     * Sets the user name of HTTP basic authentication, sent as {@code Authorization: Basic} to
     * operations that accept it.
     *
     * @param username the user name, or null for none
     * @return this builder
     */
    public B username(String username) {
        this.username = username;
        return self();
    }

    /**
     * Sets the password of HTTP basic authentication (with {@link #username(String)}).
     *
     * @param password the password, or null for none (an empty one)
     * @return this builder
     */
    public B password(String password) {
        this.password = password;
        return self();
    }

    /**
     * Sets the API key, sent where each API key scheme an operation accepts says: a header, a
     * query parameter or a cookie.
     *
     * @param apiKey the key, or null for none
     * @return this builder
     */
    public B apiKey(String apiKey) {
        this.apiKey = apiKey;
        return self();
    }

    /**
     * Sets the OAuth2 client id; with {@link #clientSecret(String)}, the client fetches tokens
     * with the client-credentials grant for operations that accept OAuth2.
     *
     * @param clientId the client id, or null for none
     * @return this builder
     */
    public B clientId(String clientId) {
        this.clientId = clientId;
        return self();
    }

    /**
     * Sets the OAuth2 client secret (with {@link #clientId(String)}).
     *
     * @param clientSecret the secret, or null for none
     * @return this builder
     */
    public B clientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
        return self();
    }

    /**
     * Sets the token URL of the client-credentials grant, instead of the one the API declares;
     * a relative URL is resolved against the base URL.
     *
     * @param tokenUrl the token URL, or null for the declared one
     * @return this builder
     */
    public B tokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
        return self();
    }

    /**
     * Sets the scopes asked for with the client-credentials grant (default: none, so the
     * server's default).
     *
     * @param scopes the scopes
     * @return this builder
     */
    public B scopes(List<String> scopes) {
        this.scopes = List.copyOf(scopes);
        return self();
    }

    /**
     * Sets the scopes asked for with the client-credentials grant.
     *
     * @param scopes the scopes
     * @return this builder
     */
    public B scopes(String... scopes) {
        return scopes(List.of(scopes));
    }

    /**
     * Sets the tenant: sent in the API's tenant header on its tenant-scoped operations only (see
     * {@link #tenant}), or as {@code X-Tenant-ID} on every operation when the API declares no
     * tenant header. Never required; a call can override it ({@link RequestOptions.Builder#tenantId})
     * or give the header as its own parameter.
     *
     * @param tenantId the tenant id, or null (or empty) for none
     * @return this builder
     */
    public B tenantId(String tenantId) {
        this.tenantId = tenantId;
        return self();
    }

    /**
     * Starts the client with a session's tokens, for an API whose description names its login and
     * refresh operations: the access token is sent as the bearer token of the operations that take
     * one, and renewed with the refresh token before it expires or once after the API refuses it
     * (401); each rotated pair replaces the last. An expired access token is fine. Without this,
     * a login call's answer opens the session. The client (and each copy {@code withOptions} makes
     * without a session or store of its own) shares one session. A {@code token(...)} given too
     * wins over the session.
     *
     * @param accessToken the access token
     * @param refreshToken the refresh token
     * @return this builder
     */
    public B session(String accessToken, String refreshToken) {
        this.sessionSeed = SessionTokens.of(accessToken, refreshToken, null);
        return self();
    }

    /**
     * Starts the client with a session's tokens and the access token's expiry (see {@link
     * #session(String, String)}).
     *
     * @param tokens the pair
     * @return this builder
     */
    public B session(SessionTokens tokens) {
        this.sessionSeed = Objects.requireNonNull(tokens, "tokens");
        return self();
    }

    /**
     * Loads the session's tokens from a store when first needed and saves every new pair there
     * (see {@link TokenStore}); with {@link #session} too, the given pair is the first and the
     * store only saves.
     *
     * @param store the store
     * @return this builder
     */
    public B tokenStore(TokenStore store) {
        this.tokenStore = Objects.requireNonNull(store, "store");
        return self();
    }

    /**
     * Declares the API's tenant header (the generated client's {@code builder()} does, for an API
     * that declares one): the tenant id then goes in {@code header} on the operations marked
     * {@link Operation#tenantScoped()}, and on no other. Call it before {@link #environment}, which
     * then reads {@code <PREFIX>_<envSuffix>}.
     *
     * @param header the header, e.g. {@code X-Tenant-ID}
     * @param envSuffix the variable's suffix, e.g. {@code TENANT_ID}; null for none
     * @return this builder
     */
    public B tenant(String header, String envSuffix) {
        this.tenantHeader = Objects.requireNonNull(header, "header");
        this.tenantEnv = envSuffix == null || envSuffix.isEmpty() ? null : envSuffix;
        return self();
    }

    /**
     * Sets the request timeout of each attempt (default 60 s); a call can override it.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public B timeout(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        return self();
    }

    /**
     * Sets the connect timeout of the HTTP client the SDK creates (default 10 s).
     *
     * @param connectTimeout the timeout
     * @return this builder
     */
    public B connectTimeout(Duration connectTimeout) {
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.inheritedTransport = null;
        return self();
    }

    /**
     * Sets the retries after the first attempt (default 2; 0 turns retries off).
     *
     * @param maxRetries the count
     * @return this builder
     */
    public B maxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
        return self();
    }

    /**
     * Adds a header sent with every request.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public B header(String name, String value) {
        this.headers.put(name, value);
        return self();
    }

    /**
     * Sets a request signer, called for every attempt.
     *
     * @param signer the signer, or null for none
     * @return this builder
     */
    public B signer(RequestSigner signer) {
        this.signer = signer;
        return self();
    }

    /**
     * Sets a debug hook that sees requests and responses, secrets redacted.
     *
     * @param listener the listener, or null for none
     * @return this builder
     */
    public B listener(HttpListener listener) {
        this.listener = listener;
        return self();
    }

    /**
     * Uses your own {@link HttpClient} (proxy, TLS, executor). It should not follow redirects.
     *
     * @param httpClient the client
     * @return this builder
     */
    public B httpClient(HttpClient httpClient) {
        this.transport = HttpTransport.of(httpClient);
        return self();
    }

    /**
     * Replaces what sends requests altogether.
     *
     * @param transport the transport
     * @return this builder
     */
    public B transport(HttpTransport transport) {
        this.transport = transport;
        return self();
    }

    /**
     * Sets the wall clock (waiter deadlines, {@code Retry-After} dates); for tests.
     *
     * @param clock the clock
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * Sets how the client waits between retries and polls; for tests.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public B sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return self();
    }

    /**
     * Sets the source of backoff jitter, numbers in [0, 1); for tests.
     *
     * @param jitter the jitter
     * @return this builder
     */
    public B jitter(DoubleSupplier jitter) {
        this.jitter = Objects.requireNonNull(jitter, "jitter");
        return self();
    }

    /**
     * Names the SDK in the {@code User-Agent}.
     *
     * @param name the SDK's name
     * @param version its version
     * @return this builder
     */
    public B sdk(String name, String version) {
        this.sdkName = Objects.requireNonNull(name, "name");
        this.sdkVersion = Objects.requireNonNull(version, "version");
        return self();
    }

    /**
     * Builds the client; nothing is opened until the first call.
     *
     * @return the client
     * @throws InvalidArgumentException when a setting is invalid
     */
    public C build() {
        checkBaseUrl("baseUrl", baseUrl);
        baseUrl = withoutTrailingSlash(baseUrl);
        Map<String, String> hosts = hostBaseUrls();
        boolean hasKeyId = signingKeyId != null && !signingKeyId.isEmpty();
        boolean hasSecret = signingSecret != null && !signingSecret.isEmpty();
        if (hasKeyId != hasSecret) {
            String names = envPrefix == null ? "" : " (" + envPrefix + "_SIGNING_KEY_ID and " + envPrefix + "_SIGNING_SECRET)";
            throw new InvalidArgumentException("signingKey: the key id and the secret go together: set both or neither"
                    + names + "; got only the " + (hasKeyId ? "key id" : "secret"));
        }
        if (!hasKeyId) {
            signingKeyId = null;
            signingSecret = null;
        }
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
        session = session();
        checkCredentials();
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
        return factory.apply(new ApiClient(new ClientOptions(this, hosts, chosen, owns), operations));
    }

    /** The client's session: its own when given tokens or a store, else the inherited one, else a new one when the API has sessions. */
    private Session session() {
        Operation<?> login = Session.operationOf(operations.values(), Operation.SessionKind.LOGIN);
        Operation<?> refresh = Session.operationOf(operations.values(), Operation.SessionKind.REFRESH);
        if (sessionSeed != null || tokenStore != null) {
            if (login == null && refresh == null) {
                throw new InvalidArgumentException((sessionSeed != null ? "session" : "tokenStore")
                        + ": this API declares no login or refresh operation, so its clients keep no session");
            }
            return new Session(refresh, tokenStore, sessionSeed);
        }
        if (inheritedSession != null) {
            return inheritedSession;
        }
        return login == null && refresh == null ? null : new Session(refresh, null, null);
    }

    /**
     * Refuses a client with no credential at all for an API whose every operation needs one (a
     * token given as an empty string is none on purpose, and passes).
     */
    private void checkCredentials() {
        boolean given = token != null || sessionSeed != null || tokenStore != null || username != null || apiKey != null || clientId != null
                || signingKeyId != null || signer != null
                || headers.keySet().stream().anyMatch(name -> name.equalsIgnoreCase("Authorization"));
        if (given || operations.isEmpty()) {
            return;
        }
        Set<String> accepted = new TreeSet<>();
        for (Operation<?> operation : operations.values()) {
            List<SecurityScheme> schemes = operation.security();
            if (schemes == null || schemes.isEmpty()) {
                return; // an operation anyone may call: a client without credentials has a use
            }
            for (SecurityScheme scheme : schemes) {
                accepted.add(setterFor(scheme));
            }
        }
        String variable = envPrefix == null ? "" : " (or " + envPrefix + "_TOKEN)";
        throw new InvalidArgumentException("no credentials: every operation of this API needs one; set "
                + String.join(" or ", accepted).replace("token(...)", "token(...)" + variable)
                + "; token(\"\") builds a client without any on purpose");
    }

    private static String setterFor(SecurityScheme scheme) {
        switch (scheme.kind()) {
            case HTTP:
                return "basic".equalsIgnoreCase(scheme.scheme()) ? "username(...)" : "token(...)";
            case API_KEY:
                return "apiKey(...)";
            case OAUTH2:
                return scheme.tokenUrl() == null ? "token(...)" : "token(...) or clientId(...)/clientSecret(...)";
            case SIGNATURE:
                return "signingKey(...)";
            default:
                return "token(...)";
        }
    }

    /** Each host's base URL (given, else from the environment, else its default), checked. */
    private Map<String, String> hostBaseUrls() {
        Map<String, String> hosts = new LinkedHashMap<>();
        for (Map.Entry<String, String> given : hostUrls.entrySet()) {
            if (!hostDefaults.containsKey(given.getKey())) {
                throw new InvalidArgumentException("hostBaseUrl: this API has no host '" + given.getKey() + "'"
                        + (hostDefaults.isEmpty() ? "; it has none but baseUrl" : "; it has " + hostDefaults.keySet()));
            }
        }
        for (Map.Entry<String, String> host : hostDefaults.entrySet()) {
            String url = hostUrls.getOrDefault(host.getKey(), host.getValue());
            checkBaseUrl(camel(host.getKey()) + "BaseUrl", url);
            hosts.put(host.getKey(), withoutTrailingSlash(url));
        }
        for (Operation<?> operation : operations.values()) {
            if (!operation.host().isEmpty() && !hosts.containsKey(operation.host())) {
                throw new InvalidArgumentException(operation.operationId() + " goes to the host '" + operation.host()
                        + "', which has no base URL: declare it with hosts(...)");
            }
        }
        return hosts;
    }

    /** {@code agent_api} as {@code agentApi}: how the generated builder names a host's setting. */
    private static String camel(String key) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static String withoutTrailingSlash(String url) {
        String out = url;
        while (out.endsWith("/")) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }

    private static void checkBaseUrl(String name, String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new InvalidArgumentException(name + " is required");
        }
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(name + " is not a URL: '" + baseUrl + "'", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new InvalidArgumentException(name + " must be an absolute http(s) URL with a host, got '" + baseUrl + "'");
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
