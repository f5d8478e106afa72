package io.platformexample.sdk.params;

import io.platformexample.sdk.models.Authority;
import io.platformexample.sdk.models.CreateApiKeyRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class ApiKeysCreateParams {
    private final Map<String, Object> query;
    private final CreateApiKeyRequest body;

    private ApiKeysCreateParams(Map<String, Object> query, CreateApiKeyRequest body) {
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
    public CreateApiKeyRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ApiKeysCreateParams)) {
            return false;
        }
        ApiKeysCreateParams that = (ApiKeysCreateParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "ApiKeysCreateParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link ApiKeysCreateParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private CreateApiKeyRequest body;
        private CreateApiKeyRequest.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(CreateApiKeyRequest body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private CreateApiKeyRequest.Builder fields() {
            if (fields == null) {
                fields = body == null ? CreateApiKeyRequest.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * What the key is for.
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
         * Sets the body field {@code authority} (required).
         *
         * @param authority the value
         * @return this builder
         */
        public Builder authority(Authority authority) {
            fields().authority(authority);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public ApiKeysCreateParams build() {
            CreateApiKeyRequest built = fields != null ? fields.build() : body;
            if (built == null) {
                built = CreateApiKeyRequest.builder().build();
            }
            return new ApiKeysCreateParams(new LinkedHashMap<>(query), built);
        }
    }
}
