package io.platformexample.sdk.params;

import io.platformexample.sdk.core.CallParams;
import io.platformexample.sdk.core.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Typed parameters of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class RevokeApiKeyParams implements CallParams {
    private final String keyId;

    private RevokeApiKeyParams(Builder builder) {
        this.keyId = builder.keyId;
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
     * The API key's id.
     *
     * @return the path parameter <code>keyId</code> (required)
     */
    public String keyId() {
        return keyId;
    }

    @Override
    public Map<String, Object> pathParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("keyId", keyId);
        return values;
    }

    @Override
    public Map<String, Object> queryParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        return values;
    }

    /**
     * The request body: none for this operation.
     *
     * @return null
     */
    @Override
    public Object body() {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RevokeApiKeyParams)) {
            return false;
        }
        RevokeApiKeyParams that = (RevokeApiKeyParams) other;
        return pathParams().equals(that.pathParams())
                && queryParams().equals(that.queryParams())
                && Objects.deepEquals(body(), that.body());
    }

    @Override
    public int hashCode() {
        return Objects.hash(pathParams(), queryParams());
    }

    @Override
    public String toString() {
        return "RevokeApiKeyParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link RevokeApiKeyParams}. */
    public static final class Builder {
        private String keyId;

        private Builder() {}

        /**
         * Sets the path parameter <code>keyId</code> (required).
         *
         * @param keyId the value
         * @return this builder
         */
        public Builder keyId(String keyId) {
            this.keyId = keyId;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public RevokeApiKeyParams build() {
            Checks.required(keyId, "RevokeApiKeyParams.keyId");
            return new RevokeApiKeyParams(this);
        }
    }
}
