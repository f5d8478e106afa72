package ai.axhub.sdk.params;

import ai.axhub.sdk.models.CreateBootstrapRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class DeploymentsBootstrapsCreateParams {
    private final Map<String, Object> query;
    private final CreateBootstrapRequest body;

    private DeploymentsBootstrapsCreateParams(Map<String, Object> query, CreateBootstrapRequest body) {
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
    public CreateBootstrapRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DeploymentsBootstrapsCreateParams)) {
            return false;
        }
        DeploymentsBootstrapsCreateParams that = (DeploymentsBootstrapsCreateParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "DeploymentsBootstrapsCreateParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link DeploymentsBootstrapsCreateParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private CreateBootstrapRequest body;
        private CreateBootstrapRequest.Builder fields;

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
        public Builder body(CreateBootstrapRequest body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private CreateBootstrapRequest.Builder fields() {
            if (fields == null) {
                fields = body == null ? CreateBootstrapRequest.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * Template chosen from the catalog (<code>GET /api/v1/templates</code>).
         *
         * Sets the body field {@code templateId} (required).
         *
         * @param templateId the value
         * @return this builder
         */
        public Builder templateId(String templateId) {
            fields().templateId(templateId);
            return this;
        }

        /**
         * Display name of the app.
         *
         * Sets the body field {@code name} (required).
         *
         * @param name the value
         * @return this builder
         */
        public Builder name(String name) {
            fields().name(name);
            return this;
        }

        /**
         * AxHub identifier of the app (lowercase letters, digits and dashes).
         *
         * Sets the body field {@code slug} (required).
         *
         * @param slug the value
         * @return this builder
         */
        public Builder slug(String slug) {
            fields().slug(slug);
            return this;
        }

        /**
         * Host label of the app; it is served at <code>{subdomain}.{tenant}.axhub.ai</code>. A DNS
         * label: lowercase letters, digits and dashes, not starting or ending with a dash.
         *
         * Sets the body field {@code subdomain} (required).
         *
         * @param subdomain the value
         * @return this builder
         */
        public Builder subdomain(String subdomain) {
            fields().subdomain(subdomain);
            return this;
        }

        /**
         * GitHub user or organization that will own the new repository (GitHub's rule: 1-39
         * letters, digits and dashes, not starting with a dash).
         *
         * Sets the body field {@code githubOwner} (required).
         *
         * @param githubOwner the value
         * @return this builder
         */
        public Builder githubOwner(String githubOwner) {
            fields().githubOwner(githubOwner);
            return this;
        }

        /**
         * ID of the AxHub GitHub App installation the user set up. Missing means the App is not
         * installed and gives 422 <code>github_app_not_installed</code>.
         *
         * Sets the body field {@code githubInstallationId}.
         *
         * @param githubInstallationId the value
         * @return this builder
         */
        public Builder githubInstallationId(Long githubInstallationId) {
            fields().githubInstallationId(githubInstallationId);
            return this;
        }

        /**
         * Sets the body field {@code githubInstallationId}.
         *
         * @param githubInstallationId the value
         * @return this builder
         */
        public Builder githubInstallationId(long githubInstallationId) {
            return githubInstallationId(Long.valueOf(githubInstallationId));
        }

        /**
         * Name of the repository to create; must be unused under the owner. GitHub's rules: 1-100
         * letters, digits, <code>.</code>, <code>_</code> and <code>-</code>, and not
         * <code>.</code> or <code>..</code>.
         *
         * Sets the body field {@code repoName} (required).
         *
         * @param repoName the value
         * @return this builder
         */
        public Builder repoName(String repoName) {
            fields().repoName(repoName);
            return this;
        }

        /**
         * Whether the new repository is private (the default).
         *
         * Sets the body field {@code repoPrivate}.
         *
         * @param repoPrivate the value
         * @return this builder
         */
        public Builder repoPrivate(Boolean repoPrivate) {
            fields().repoPrivate(repoPrivate);
            return this;
        }

        /**
         * Sets the body field {@code repoPrivate}.
         *
         * @param repoPrivate the value
         * @return this builder
         */
        public Builder repoPrivate(boolean repoPrivate) {
            return repoPrivate(Boolean.valueOf(repoPrivate));
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public DeploymentsBootstrapsCreateParams build() {
            CreateBootstrapRequest built = fields != null ? fields.build() : body;
            if (built == null) {
                built = CreateBootstrapRequest.builder().build();
            }
            return new DeploymentsBootstrapsCreateParams(new LinkedHashMap<>(query), built);
        }
    }
}
