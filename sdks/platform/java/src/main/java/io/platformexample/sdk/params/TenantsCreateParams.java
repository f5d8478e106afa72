package io.platformexample.sdk.params;

import io.platformexample.sdk.models.CreateTenantRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class TenantsCreateParams {
    private final Map<String, Object> query;
    private final CreateTenantRequest body;

    private TenantsCreateParams(Map<String, Object> query, CreateTenantRequest body) {
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
    public CreateTenantRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TenantsCreateParams)) {
            return false;
        }
        TenantsCreateParams that = (TenantsCreateParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "TenantsCreateParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link TenantsCreateParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private CreateTenantRequest body;
        private CreateTenantRequest.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(CreateTenantRequest body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private CreateTenantRequest.Builder fields() {
            if (fields == null) {
                fields = body == null ? CreateTenantRequest.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * The tenant's name.
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
         * Builds the parameters.
         *
         * @return the parameters
         */
        public TenantsCreateParams build() {
            CreateTenantRequest built = fields != null ? fields.build() : body;
            if (built == null) {
                built = CreateTenantRequest.builder().build();
            }
            return new TenantsCreateParams(new LinkedHashMap<>(query), built);
        }
    }
}
