package ai.axhub.sdk.params;

import ai.axhub.sdk.models.GithubConnectRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class AppsGitConnectGithubParams {
    private final Map<String, Object> query;
    private final GithubConnectRequest body;

    private AppsGitConnectGithubParams(Map<String, Object> query, GithubConnectRequest body) {
        this.query = query;
        this.body = body;
    }

    /**
     * Starts building the parameters.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The query, header and cookie parameters that are set, by wire name.
     *
     * @return a new map
     */
    public Map<String, Object> queryParams() {
        return new LinkedHashMap<>(query);
    }

    /**
     * The request body.
     *
     * @return the body (required)
     */
    public GithubConnectRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AppsGitConnectGithubParams)) {
            return false;
        }
        AppsGitConnectGithubParams that = (AppsGitConnectGithubParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "AppsGitConnectGithubParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link AppsGitConnectGithubParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private GithubConnectRequest body;
        private GithubConnectRequest.Builder fields;

        private Builder() {}

        /**
         * Client-chosen key that makes a retried request safe. Sending the same key with the same
         * body again replays the first response instead of doing the work twice; sending the same
         * key with a different body, or on another resource (other path or query parameters), is
         * rejected with 409 <code>idempotency_key_reused</code>. A duplicate sent while the first
         * request is still running waits for its answer and gets the replay. The key is 1-255
         * printable ASCII characters (space to <code>~</code>), without leading or trailing
         * spaces.
         *
         * Sets the header parameter <code>Idempotency-Key</code>.
         *
         * @param idempotencyKey the value, or null to leave it out
         * @return this builder
         */
        public Builder idempotencyKey(String idempotencyKey) {
            if (idempotencyKey == null) {
                query.remove("Idempotency-Key");
            } else {
                query.put("Idempotency-Key", idempotencyKey);
            }
            return this;
        }

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(GithubConnectRequest body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private GithubConnectRequest.Builder fields() {
            if (fields == null) {
                fields = body == null ? GithubConnectRequest.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * GitHub App installation ID. It must belong to the caller; the server checks this with
         * the caller's stored GitHub user token.
         *
         * Sets the body field {@code installationId} (required).
         *
         * @param installationId the value
         * @return this builder
         */
        public Builder installationId(Long installationId) {
            fields().installationId(installationId);
            return this;
        }

        /**
         * Sets the body field {@code installationId}.
         *
         * @param installationId the value
         * @return this builder
         */
        public Builder installationId(long installationId) {
            return installationId(Long.valueOf(installationId));
        }

        /**
         * Sets the body field {@code repoFullName} (required).
         *
         * @param repoFullName the value
         * @return this builder
         */
        public Builder repoFullName(String repoFullName) {
            fields().repoFullName(repoFullName);
            return this;
        }

        /**
         * Branch whose pushes deploy automatically. Empty or absent means <code>main</code>.
         *
         * Sets the body field {@code branch}.
         *
         * @param branch the value
         * @return this builder
         */
        public Builder branch(String branch) {
            fields().branch(branch);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public AppsGitConnectGithubParams build() {
            GithubConnectRequest built = fields != null ? fields.build() : body;
            if (built == null) {
                built = GithubConnectRequest.builder().build();
            }
            return new AppsGitConnectGithubParams(new LinkedHashMap<>(query), built);
        }
    }
}
