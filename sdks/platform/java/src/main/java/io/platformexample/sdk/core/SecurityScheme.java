package io.platformexample.sdk.core;

import java.util.Objects;

/**
 * Public: one security scheme an operation accepts, as the API's description declares it. The
 * generated {@code Operations} table lists them per operation; the client sends every credential
 * it has that one of them takes.
 */
public final class SecurityScheme {
    private final Kind kind;
    private final String scheme;
    private final Operation.Location location;
    private final String name;
    private final String tokenUrl;
    private final Signature signature;

    /**
     * Checks the kind is given.
     *
     * @param kind the scheme's type
     * @param scheme the HTTP auth scheme ({@code bearer}, {@code basic}) for {@link Kind#HTTP}, else null
     * @param location where an API key goes ({@link Kind#API_KEY}), else null
     * @param name the API key's header, query parameter or cookie name ({@link Kind#API_KEY}), else null
     * @param tokenUrl the client-credentials token URL ({@link Kind#OAUTH2}), or null
     */
    public SecurityScheme(Kind kind, String scheme, Operation.Location location, String name, String tokenUrl) {
        this(kind, scheme, location, name, tokenUrl, null);
    }

    private SecurityScheme(
            Kind kind, String scheme, Operation.Location location, String name, String tokenUrl, Signature signature) {
        Objects.requireNonNull(kind, "kind");
        this.kind = kind;
        this.scheme = scheme;
        this.location = location;
        this.name = name;
        this.tokenUrl = tokenUrl;
        this.signature = signature;
    }

    /** The scheme types of OpenAPI. */
    public enum Kind {
        /** HTTP authentication ({@code Authorization: Bearer} or {@code Basic}). */
        HTTP,
        /** An API key in a header, query parameter or cookie. */
        API_KEY,
        /** OAuth2; the client-credentials flow is fetched by the client, others take a token. */
        OAUTH2,
        /** OpenID Connect: the client sends a token it is given. */
        OPEN_ID_CONNECT,
        /** Mutual TLS: configured on the {@link java.net.http.HttpClient}, nothing per request. */
        MUTUAL_TLS,
        /** A request signature the client computes with its signing key ({@link Signer}). */
        SIGNATURE
    }

    /**
     * A request signature: every attempt is signed with the client's signing key (its
     * {@code signingKey(keyId, secret)}).
     *
     * @param signature how the signature is computed and sent
     * @return the scheme
     */
    public static SecurityScheme signed(Signature signature) {
        return new SecurityScheme(Kind.SIGNATURE, null, null, null, null, Objects.requireNonNull(signature, "signature"));
    }

    /**
     * The signature a {@link Kind#SIGNATURE} scheme computes.
     *
     * @return the signature, or null for other kinds
     */
    public Signature signature() {
        return signature;
    }

    /**
     * HTTP authentication.
     *
     * @param scheme {@code bearer} or {@code basic} (others are sent nothing)
     * @return the scheme
     */
    public static SecurityScheme http(String scheme) {
        return new SecurityScheme(Kind.HTTP, Objects.requireNonNull(scheme, "scheme"), null, null, null);
    }

    /**
     * An API key.
     *
     * @param location {@link Operation.Location#HEADER}, {@link Operation.Location#QUERY} or
     *     {@link Operation.Location#COOKIE}
     * @param name the header, parameter or cookie name
     * @return the scheme
     */
    public static SecurityScheme apiKey(Operation.Location location, String name) {
        return new SecurityScheme(
                Kind.API_KEY, null, Objects.requireNonNull(location, "location"), Objects.requireNonNull(name, "name"), null);
    }

    /**
     * OAuth2 with a client-credentials token URL.
     *
     * @param tokenUrl the token URL
     * @return the scheme
     */
    public static SecurityScheme oauth2(String tokenUrl) {
        return new SecurityScheme(Kind.OAUTH2, null, null, null, tokenUrl);
    }

    /**
     * OAuth2 without a client-credentials flow: the client sends the token it is given.
     *
     * @return the scheme
     */
    public static SecurityScheme oauth2() {
        return new SecurityScheme(Kind.OAUTH2, null, null, null, null);
    }

    /**
     * OpenID Connect.
     *
     * @return the scheme
     */
    public static SecurityScheme openIdConnect() {
        return new SecurityScheme(Kind.OPEN_ID_CONNECT, null, null, null, null);
    }

    /**
     * Mutual TLS.
     *
     * @return the scheme
     */
    public static SecurityScheme mutualTls() {
        return new SecurityScheme(Kind.MUTUAL_TLS, null, null, null, null);
    }

    /**
     * Returns the scheme's type.
     *
     * @return the scheme's type
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the HTTP auth scheme ({@code bearer}, {@code basic}) for {@link Kind#HTTP}, else null.
     *
     * @return the HTTP auth scheme ({@code bearer}, {@code basic}) for {@link Kind#HTTP}, else null
     */
    public String scheme() {
        return scheme;
    }

    /**
     * Returns where an API key goes ({@link Kind#API_KEY}), else null.
     *
     * @return where an API key goes ({@link Kind#API_KEY}), else null
     */
    public Operation.Location location() {
        return location;
    }

    /**
     * Returns the API key's header, query parameter or cookie name ({@link Kind#API_KEY}), else null.
     *
     * @return the API key's header, query parameter or cookie name ({@link Kind#API_KEY}), else null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the client-credentials token URL ({@link Kind#OAUTH2}), or null.
     *
     * @return the client-credentials token URL ({@link Kind#OAUTH2}), or null
     */
    public String tokenUrl() {
        return tokenUrl;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SecurityScheme)) {
            return false;
        }
        SecurityScheme that = (SecurityScheme) other;
        return Objects.equals(kind, that.kind)
                && Objects.equals(scheme, that.scheme)
                && Objects.equals(location, that.location)
                && Objects.equals(name, that.name)
                && Objects.equals(tokenUrl, that.tokenUrl)
                && Objects.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, scheme, location, name, tokenUrl, signature);
    }

    @Override
    public String toString() {
        return "SecurityScheme[kind=" + kind + ", scheme=" + scheme + ", location=" + location + ", name=" + name + ", tokenUrl=" + tokenUrl + ", signature=" + signature + "]";
    }
}
