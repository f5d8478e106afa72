package io.deplite.sdk.core;

import java.time.Instant;
import java.util.Objects;

/**
 * Public: the token pair of a session (see {@link ClientBuilder#session}). Immutable. A null
 * {@link #expiresAt()} means the expiry is unknown: the access token is then renewed only after
 * the API refuses it (401).
 */
public final class SessionTokens {
    private static final SessionTokens NONE = new SessionTokens("", "", null);

    private final String accessToken;
    private final String refreshToken;
    private final Instant expiresAt;

    private SessionTokens(String accessToken, String refreshToken, Instant expiresAt) {
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
        this.expiresAt = expiresAt;
    }

    /**
     * A token pair.
     *
     * @param accessToken the access token; null or empty for none
     * @param refreshToken the refresh token; null or empty for none
     * @param expiresAt when the access token expires, or null when unknown
     * @return the pair
     */
    public static SessionTokens of(String accessToken, String refreshToken, Instant expiresAt) {
        return new SessionTokens(
                accessToken == null ? "" : accessToken, refreshToken == null ? "" : refreshToken, expiresAt);
    }

    /**
     * No session: both tokens empty.
     *
     * @return the empty pair
     */
    public static SessionTokens none() {
        return NONE;
    }

    /**
     * The access token, sent as the bearer credential.
     *
     * @return the token, or an empty string
     */
    public String accessToken() {
        return accessToken;
    }

    /**
     * The refresh token, traded for a new pair.
     *
     * @return the token, or an empty string
     */
    public String refreshToken() {
        return refreshToken;
    }

    /**
     * When the access token expires.
     *
     * @return the instant, or null when unknown
     */
    public Instant expiresAt() {
        return expiresAt;
    }

    /**
     * Whether there is no session at all.
     *
     * @return true when both tokens are empty
     */
    public boolean isEmpty() {
        return accessToken.isEmpty() && refreshToken.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SessionTokens)) {
            return false;
        }
        SessionTokens that = (SessionTokens) other;
        return accessToken.equals(that.accessToken) && refreshToken.equals(that.refreshToken)
                && Objects.equals(expiresAt, that.expiresAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessToken, refreshToken, expiresAt);
    }

    /** The tokens redacted: their length only. */
    @Override
    public String toString() {
        return "SessionTokens[accessToken=" + Defaults.REDACTED + "(" + accessToken.length() + "), refreshToken="
                + Defaults.REDACTED + "(" + refreshToken.length() + "), expiresAt=" + expiresAt + "]";
    }
}
