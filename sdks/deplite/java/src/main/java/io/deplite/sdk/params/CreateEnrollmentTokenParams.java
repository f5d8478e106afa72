package io.deplite.sdk.params;

import io.deplite.sdk.core.CallParams;
import io.deplite.sdk.core.Checks;
import io.deplite.sdk.models.EnrollmentTokenCreate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Typed parameters and body of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class CreateEnrollmentTokenParams implements CallParams {
    private final String orgId;
    private final EnrollmentTokenCreate body;

    private CreateEnrollmentTokenParams(Builder builder) {
        this.orgId = builder.orgId;
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

    /**
     * The organisation's id (for example <code>org-abc</code>).
     *
     * @return the path parameter <code>orgId</code> (required)
     */
    public String orgId() {
        return orgId;
    }

    @Override
    public Map<String, Object> pathParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("orgId", orgId);
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
    public EnrollmentTokenCreate body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CreateEnrollmentTokenParams)) {
            return false;
        }
        CreateEnrollmentTokenParams that = (CreateEnrollmentTokenParams) other;
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
        return "CreateEnrollmentTokenParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link CreateEnrollmentTokenParams}. */
    public static final class Builder {
        private String orgId;
        private EnrollmentTokenCreate body;

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
         * Sets the request body (required).
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(EnrollmentTokenCreate body) {
            this.body = body;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public CreateEnrollmentTokenParams build() {
            Checks.required(orgId, "CreateEnrollmentTokenParams.orgId");
            Checks.required(body, "CreateEnrollmentTokenParams.body");
            return new CreateEnrollmentTokenParams(this);
        }
    }
}
