package io.platformexample.sdk.core;

import io.platformexample.sdk.errors.InvalidArgumentException;
import io.platformexample.sdk.internal.Session;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * Public: the settings of one client, as {@link ClientBuilder} made them. Immutable; change them
 * with the generated client's {@code withOptions}.
 */
public final class ClientOptions {
    private final String baseUrl;
    private final Map<String, String> hostBaseUrls;
    private final String signingKeyId;
    private final String signingSecret;
    private final String token;
    private final String username;
    private final String password;
    private final String apiKey;
    private final String clientId;
    private final String clientSecret;
    private final String tokenUrl;
    private final List<String> scopes;
    private final String tenantId;
    private final String tenantHeader;
    private final String tenantEnv;
    private final Session session;
    private final Duration timeout;
    private final Duration connectTimeout;
    private final int maxRetries;
    private final Map<String, String> headers;
    private final RequestSigner signer;
    private final HttpListener listener;
    private final HttpTransport transport;
    private final boolean ownsTransport;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;
    private final String sdkName;
    private final String sdkVersion;
    private final String userAgent;

    ClientOptions(BaseClientBuilder<?, ?> builder, Map<String, String> hostBaseUrls, HttpTransport transport, boolean ownsTransport) {
        this.baseUrl = builder.baseUrl;
        this.hostBaseUrls = Collections.unmodifiableMap(new LinkedHashMap<>(hostBaseUrls));
        this.signingKeyId = builder.signingKeyId;
        this.signingSecret = builder.signingSecret;
        this.token = builder.token;
        this.username = builder.username;
        this.password = builder.password;
        this.apiKey = builder.apiKey;
        this.clientId = builder.clientId;
        this.clientSecret = builder.clientSecret;
        this.tokenUrl = builder.tokenUrl;
        this.scopes = builder.scopes;
        this.tenantId = builder.tenantId;
        this.tenantHeader = builder.tenantHeader;
        this.tenantEnv = builder.tenantEnv;
        this.session = builder.session;
        this.timeout = builder.timeout;
        this.connectTimeout = builder.connectTimeout;
        this.maxRetries = builder.maxRetries;
        this.headers = Map.copyOf(builder.headers);
        this.signer = builder.signer;
        this.listener = builder.listener;
        this.transport = transport;
        this.ownsTransport = ownsTransport;
        this.clock = builder.clock;
        this.sleeper = builder.sleeper;
        this.jitter = builder.jitter;
        this.sdkName = builder.sdkName;
        this.sdkVersion = builder.sdkVersion;
        this.userAgent = sdkName + "/" + sdkVersion + " java/" + System.getProperty("java.version", "unknown");
    }

    /**
     * The base URL, without a trailing slash.
     *
     * @return the base URL
     */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The base URL an operation goes to: {@link #baseUrl()} for the empty host, else that host's.
     *
     * @param host the operation's host key ({@link Operation#host()})
     * @return the base URL, without a trailing slash
     * @throws InvalidArgumentException for a host this client has no URL for
     */
    public String baseUrl(String host) {
        if (host == null || host.isEmpty()) {
            return baseUrl;
        }
        String url = hostBaseUrls.get(host);
        if (url == null) {
            throw new InvalidArgumentException("this client has no base URL for the host '" + host + "'");
        }
        return url;
    }

    /**
     * The base URLs of the API's other hosts, by key, without trailing slashes.
     *
     * @return an unmodifiable map
     */
    public Map<String, String> hostBaseUrls() {
        return hostBaseUrls;
    }

    /**
     * The key id that signs requests (with {@link #signingSecret()}).
     *
     * @return the key id, or null
     */
    public String signingKeyId() {
        return signingKeyId;
    }

    /**
     * The secret that signs requests.
     *
     * @return the secret, or null
     */
    public String signingSecret() {
        return signingSecret;
    }

    /**
     * The bearer token.
     *
     * @return the token, or null
     */
    public String token() {
        return token;
    }

    /**
     * The user name of HTTP basic authentication.
     *
     * @return the user name, or null
     */
    public String username() {
        return username;
    }

    /**
     * The password of HTTP basic authentication.
     *
     * @return the password, or null
     */
    public String password() {
        return password;
    }

    /**
     * The API key.
     *
     * @return the key, or null
     */
    public String apiKey() {
        return apiKey;
    }

    /**
     * The OAuth2 client id of the client-credentials grant.
     *
     * @return the client id, or null
     */
    public String clientId() {
        return clientId;
    }

    /**
     * The OAuth2 client secret of the client-credentials grant.
     *
     * @return the secret, or null
     */
    public String clientSecret() {
        return clientSecret;
    }

    /**
     * The token URL that replaces the declared one.
     *
     * @return the URL, or null for the declared one
     */
    public String tokenUrl() {
        return tokenUrl;
    }

    /**
     * The scopes asked for with the client-credentials grant.
     *
     * @return the scopes, possibly empty
     */
    public List<String> scopes() {
        return scopes;
    }

    /**
     * The tenant id sent in the tenant header (see {@link #tenantHeader()}).
     *
     * @return the tenant id, or null
     */
    public String tenantId() {
        return tenantId;
    }

    /**
     * The API's tenant header, sent on tenant-scoped operations only.
     *
     * @return the header, or null when the API declares none (then {@code X-Tenant-ID} goes on
     *     every operation)
     */
    public String tenantHeader() {
        return tenantHeader;
    }

    /**
     * The suffix of the environment variable that sets the tenant id.
     *
     * @return e.g. {@code TENANT_ID}, or null
     */
    public String tenantEnv() {
        return tenantEnv;
    }

    /** The session the client shares with its copies; null when the API has none. */
    Session session() {
        return session;
    }

    /**
     * The request timeout of each attempt.
     *
     * @return the timeout
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * The connect timeout of the HTTP client the SDK created.
     *
     * @return the connect timeout
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * Retries after the first attempt.
     *
     * @return the count
     */
    public int maxRetries() {
        return maxRetries;
    }

    /**
     * Headers sent with every request.
     *
     * @return the headers
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * The request signer.
     *
     * @return the signer, or null
     */
    public RequestSigner signer() {
        return signer;
    }

    /**
     * The debug hook.
     *
     * @return the listener, or null
     */
    public HttpListener listener() {
        return listener;
    }

    /**
     * What sends requests.
     *
     * @return the transport
     */
    public HttpTransport transport() {
        return transport;
    }

    /**
     * Whether closing the client closes the transport (the SDK created it).
     *
     * @return true when owned
     */
    public boolean ownsTransport() {
        return ownsTransport;
    }

    /**
     * The wall clock (waiter deadlines, {@code Retry-After} dates).
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * How the client waits between retries and polls.
     *
     * @return the sleeper
     */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * The source of backoff jitter, in [0, 1).
     *
     * @return the jitter
     */
    public DoubleSupplier jitter() {
        return jitter;
    }

    /**
     * The SDK's name, for the User-Agent.
     *
     * @return the name
     */
    public String sdkName() {
        return sdkName;
    }

    /**
     * The SDK's version, for the User-Agent.
     *
     * @return the version
     */
    public String sdkVersion() {
        return sdkVersion;
    }

    /**
     * The {@code User-Agent}: {@code <sdk>/<version> java/<java version>}.
     *
     * @return the user agent
     */
    public String userAgent() {
        return userAgent; // sent with every request: built once
    }
}
