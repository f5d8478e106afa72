package io.platformexample.sdk.params;

import io.platformexample.sdk.core.CallParams;
import io.platformexample.sdk.core.Checks;
import io.platformexample.sdk.models.CreateApiKeyRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Typed parameters and body of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class CreateApiKeyParams implements CallParams {
    private final CreateApiKeyRequest body;

    private CreateApiKeyParams(Builder builder) {
        this.body = builder.body;
    }

    /**
     * Starts building the parameters.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Map<String, Object> pathParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        return values;
    }

    @Override
    public Map<String, Object> queryParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        return values;
    }

    /**
     * The request body.
     *
     * @return the body (required)
     */
    @Override
    public CreateApiKeyRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CreateApiKeyParams)) {
            return false;
        }
        CreateApiKeyParams that = (CreateApiKeyParams) other;
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
        return "CreateApiKeyParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link CreateApiKeyParams}. */
    public static final class Builder {
        private CreateApiKeyRequest body;

        private Builder() {}

        /**
         * Sets the request body (required).
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(CreateApiKeyRequest body) {
            this.body = body;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public CreateApiKeyParams build() {
            Checks.required(body, "CreateApiKeyParams.body");
            return new CreateApiKeyParams(this);
        }
    }
}
