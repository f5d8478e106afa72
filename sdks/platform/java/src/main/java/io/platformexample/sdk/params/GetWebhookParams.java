package io.platformexample.sdk.params;

import io.platformexample.sdk.core.CallParams;
import io.platformexample.sdk.core.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed parameters of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class GetWebhookParams implements CallParams {
    private final String xTenantID;
    private final String webhookId;

    private GetWebhookParams(Builder builder) {
        this.xTenantID = builder.xTenantID;
        this.webhookId = builder.webhookId;
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
     * The tenant the call is about. Sessions and <code>user</code> API keys must send it; an
     * <code>admin</code> API key without it acts on the root tenant.
     *
     * @return the header parameter <code>X-Tenant-ID</code>, when set
     */
    public Optional<String> xTenantID() {
        return Optional.ofNullable(xTenantID);
    }

    /**
     * The webhook's id.
     *
     * @return the path parameter <code>webhookId</code> (required)
     */
    public String webhookId() {
        return webhookId;
    }

    @Override
    public Map<String, Object> pathParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("webhookId", webhookId);
        return values;
    }

    @Override
    public Map<String, Object> queryParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        if (xTenantID != null) {
            values.put("X-Tenant-ID", xTenantID);
        }
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
        if (!(other instanceof GetWebhookParams)) {
            return false;
        }
        GetWebhookParams that = (GetWebhookParams) other;
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
        return "GetWebhookParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link GetWebhookParams}. */
    public static final class Builder {
        private String xTenantID;
        private String webhookId;

        private Builder() {}

        /**
         * Sets the header parameter <code>X-Tenant-ID</code>.
         *
         * @param xTenantID the value
         * @return this builder
         */
        public Builder xTenantID(String xTenantID) {
            this.xTenantID = xTenantID;
            return this;
        }

        /**
         * Sets the path parameter <code>webhookId</code> (required).
         *
         * @param webhookId the value
         * @return this builder
         */
        public Builder webhookId(String webhookId) {
            this.webhookId = webhookId;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public GetWebhookParams build() {
            Checks.required(webhookId, "GetWebhookParams.webhookId");
            return new GetWebhookParams(this);
        }
    }
}
