package io.platformexample.sdk.internal;

import io.platformexample.sdk.core.ClientOptions;
import io.platformexample.sdk.core.Operation;
import io.platformexample.sdk.core.SecurityScheme;
import io.platformexample.sdk.core.Signature;
import io.platformexample.sdk.errors.InvalidArgumentException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Internal: the credentials one request carries, from the schemes its operation accepts and what
 * the client was given. Every API key goes where its scheme says; {@code Authorization} holds one
 * credential, that of the first scheme (in the API's order) the client has one for.
 */
public final class Credentials {
    private final List<Map.Entry<String, String>> headers;
    private final List<String[]> query;
    private final List<String[]> cookies;
    private final Set<String> secretHeaders;
    private final Set<String> secretQuery;
    private final String tokenUrl;
    private final Signature signature;

    /**
     * Creates one.
     *
     * @param headers headers to set ({@code Authorization}, API key headers)
     * @param query query parameters to add (API keys)
     * @param cookies cookies to add (API keys), values already encoded
     * @param secretHeaders lower-case names of headers debug hooks must not see
     * @param secretQuery names of query parameters debug hooks and errors must not show
     * @param tokenUrl the client-credentials token URL when the {@code Authorization} is an OAuth2 token fetched per attempt, else null
     * @param signature the signature each attempt carries (made with the client's signing key), else null
     */
    public Credentials(List<Map.Entry<String, String>> headers, List<String[]> query, List<String[]> cookies, Set<String> secretHeaders, Set<String> secretQuery, String tokenUrl, Signature signature) {
        this.headers = headers;
        this.query = query;
        this.cookies = cookies;
        this.secretHeaders = secretHeaders;
        this.secretQuery = secretQuery;
        this.tokenUrl = tokenUrl;
        this.signature = signature;
    }

    /**
     * What a client sends for an operation.
     *
     * @param client the client's settings
     * @param operation the operation
     * @return the credentials
     */
    public static Credentials of(ClientOptions client, Operation<?> operation) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        List<String[]> query = new ArrayList<>();
        List<String[]> cookies = new ArrayList<>();
        Set<String> secretHeaders = new HashSet<>();
        Set<String> secretQuery = new HashSet<>();
        String bearer = given(client.token()) ? "Bearer " + client.token() : null;
        List<SecurityScheme> schemes = operation.security();
        if (schemes == null) {
            if (bearer != null) {
                headers.add(Map.entry("Authorization", bearer));
            }
            return new Credentials(headers, query, cookies, secretHeaders, secretQuery, null, null);
        }
        String authorization = null;
        String tokenUrl = null;
        Signature signature = null;
        Set<String> sentKeys = new LinkedHashSet<>();
        for (SecurityScheme scheme : schemes) {
            if (scheme.kind() == SecurityScheme.Kind.API_KEY) {
                String key = client.apiKey();
                if (key == null || !sentKeys.add(scheme.location() + ":" + scheme.name())) {
                    continue;
                }
                switch (scheme.location()) {
                    case HEADER:
                        headers.add(Map.entry(scheme.name(), key));
                        secretHeaders.add(scheme.name().toLowerCase(Locale.ROOT));
                        break;
                    case QUERY:
                        query.add(new String[] {scheme.name(), key});
                        secretQuery.add(scheme.name());
                        break;
                    case COOKIE:
                        cookies.add(new String[] {scheme.name(), Requests.percentEncode(key)});
                        break;
                    default: // an API key has no other place
                        break;
                }
                continue;
            }
            if (scheme.kind() == SecurityScheme.Kind.SIGNATURE) {
                if (signature == null && client.signingKeyId() != null) {
                    signature = scheme.signature(); // a bearer token may go beside it
                    secretHeaders.add(signature.signatureHeader().toLowerCase(Locale.ROOT));
                }
                continue;
            }
            if (authorization != null || tokenUrl != null) {
                continue;
            }
            switch (scheme.kind()) {
                case HTTP:
                    if ("basic".equalsIgnoreCase(scheme.scheme()) && client.username() != null) {
                        authorization = basic(client.username(), client.password());
                    } else if ("bearer".equalsIgnoreCase(scheme.scheme())) {
                        authorization = bearer;
                    }
                    break;
                case OAUTH2:
                    String url = client.tokenUrl() != null ? client.tokenUrl() : scheme.tokenUrl();
                    if (client.clientId() != null && given(url)) {
                        tokenUrl = resolve(client.baseUrl(), url);
                    } else {
                        authorization = bearer;
                    }
                    break;
                case OPEN_ID_CONNECT:
                    authorization = bearer;
                    break;
                default: // mutual TLS is the HttpClient's SSL context
                    break;
            }
        }
        if (authorization != null) {
            headers.add(Map.entry("Authorization", authorization));
        }
        return new Credentials(headers, query, cookies, secretHeaders, secretQuery, tokenUrl, signature);
    }

    private static boolean given(String text) {
        return text != null && !text.isEmpty();
    }

    private static String basic(String username, String password) {
        String pair = username + ":" + (password == null ? "" : password);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static String resolve(String baseUrl, String url) {
        try {
            return URI.create(baseUrl).resolve(url).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("the token URL is not a URL: '" + url + "'", e);
        }
    }

    /**
     * Returns headers to set ({@code Authorization}, API key headers).
     *
     * @return headers to set ({@code Authorization}, API key headers)
     */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /**
     * Returns query parameters to add (API keys).
     *
     * @return query parameters to add (API keys)
     */
    public List<String[]> query() {
        return query;
    }

    /**
     * Returns cookies to add (API keys), values already encoded.
     *
     * @return cookies to add (API keys), values already encoded
     */
    public List<String[]> cookies() {
        return cookies;
    }

    /**
     * Returns lower-case names of headers debug hooks must not see.
     *
     * @return lower-case names of headers debug hooks must not see
     */
    public Set<String> secretHeaders() {
        return secretHeaders;
    }

    /**
     * Returns names of query parameters debug hooks and errors must not show.
     *
     * @return names of query parameters debug hooks and errors must not show
     */
    public Set<String> secretQuery() {
        return secretQuery;
    }

    /**
     * Returns the client-credentials token URL when the {@code Authorization} is an OAuth2 token fetched per attempt, else null.
     *
     * @return the client-credentials token URL when the {@code Authorization} is an OAuth2 token fetched per attempt, else null
     */
    public String tokenUrl() {
        return tokenUrl;
    }

    /**
     * Returns the signature each attempt carries (made with the client's signing key), else null.
     *
     * @return the signature each attempt carries (made with the client's signing key), else null
     */
    public Signature signature() {
        return signature;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Credentials)) {
            return false;
        }
        Credentials that = (Credentials) other;
        return Objects.equals(headers, that.headers)
                && Objects.equals(query, that.query)
                && Objects.equals(cookies, that.cookies)
                && Objects.equals(secretHeaders, that.secretHeaders)
                && Objects.equals(secretQuery, that.secretQuery)
                && Objects.equals(tokenUrl, that.tokenUrl)
                && Objects.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(headers, query, cookies, secretHeaders, secretQuery, tokenUrl, signature);
    }

    @Override
    public String toString() {
        return "Credentials[headers=" + headers + ", query=" + query + ", cookies=" + cookies + ", secretHeaders=" + secretHeaders + ", secretQuery=" + secretQuery + ", tokenUrl=" + tokenUrl + ", signature=" + signature + "]";
    }
}
