package ai.axhub.sdk.params;

import ai.axhub.sdk.models.GitConnectionUpdateRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class AppsGitUpdateParams {
    private final Map<String, Object> query;
    private final GitConnectionUpdateRequest body;

    private AppsGitUpdateParams(Map<String, Object> query, GitConnectionUpdateRequest body) {
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
    public GitConnectionUpdateRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AppsGitUpdateParams)) {
            return false;
        }
        AppsGitUpdateParams that = (AppsGitUpdateParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "AppsGitUpdateParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link AppsGitUpdateParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private GitConnectionUpdateRequest body;
        private GitConnectionUpdateRequest.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(GitConnectionUpdateRequest body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private GitConnectionUpdateRequest.Builder fields() {
            if (fields == null) {
                fields = body == null ? GitConnectionUpdateRequest.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * Name of the branch whose pushes should deploy automatically.
         *
         * Sets the body field {@code branch} (required).
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
        public AppsGitUpdateParams build() {
            GitConnectionUpdateRequest built = fields != null ? fields.build() : body;
            if (built == null) {
                built = GitConnectionUpdateRequest.builder().build();
            }
            return new AppsGitUpdateParams(new LinkedHashMap<>(query), built);
        }
    }
}
