package io.deplite.sdk.params;

import io.deplite.sdk.core.CallParams;
import io.deplite.sdk.core.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Typed parameters of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class RevokeApiTokenParams implements CallParams {
    private final String orgId;
    private final String tokenId;

    private RevokeApiTokenParams(Builder builder) {
        this.orgId = builder.orgId;
        this.tokenId = builder.tokenId;
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
     * The organisation's id (for example <code>org-abc</code>).
     *
     * @return the path parameter <code>orgId</code> (required)
     */
    public String orgId() {
        return orgId;
    }

    /**
     * The API token's id (not its value).
     *
     * @return the path parameter <code>tokenId</code> (required)
     */
    public String tokenId() {
        return tokenId;
    }

    @Override
    public Map<String, Object> pathParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("orgId", orgId);
        values.put("tokenId", tokenId);
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
        if (!(other instanceof RevokeApiTokenParams)) {
            return false;
        }
        RevokeApiTokenParams that = (RevokeApiTokenParams) other;
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
        return "RevokeApiTokenParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link RevokeApiTokenParams}. */
    public static final class Builder {
        private String orgId;
        private String tokenId;

        private Builder() {}

        /**
         * Sets the path parameter <code>orgId</code> (required).
         *
         * @param orgId the value
         * @return this builder
         */
        public Builder orgId(String orgId) {
            this.orgId = orgId;
            return this;
        }

        /**
         * Sets the path parameter <code>tokenId</code> (required).
         *
         * @param tokenId the value
         * @return this builder
         */
        public Builder tokenId(String tokenId) {
            this.tokenId = tokenId;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public RevokeApiTokenParams build() {
            Checks.required(orgId, "RevokeApiTokenParams.orgId");
            Checks.required(tokenId, "RevokeApiTokenParams.tokenId");
            return new RevokeApiTokenParams(this);
        }
    }
}
