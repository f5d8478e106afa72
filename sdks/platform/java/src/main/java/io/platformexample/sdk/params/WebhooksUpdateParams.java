package io.platformexample.sdk.params;

import io.platformexample.sdk.models.EventType;
import io.platformexample.sdk.models.UpdateWebhookRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class WebhooksUpdateParams {
    private final Map<String, Object> query;
    private final UpdateWebhookRequest body;

    private WebhooksUpdateParams(Map<String, Object> query, UpdateWebhookRequest body) {
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
    public UpdateWebhookRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof WebhooksUpdateParams)) {
            return false;
        }
        WebhooksUpdateParams that = (WebhooksUpdateParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "WebhooksUpdateParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link WebhooksUpdateParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private UpdateWebhookRequest body;
        private UpdateWebhookRequest.Builder fields;

        private Builder() {}

        /**
         * The tenant the call is about. Sessions and <code>user</code> API keys must send it; an
         * <code>admin</code> API key without it acts on the root tenant.
         *
         * Sets the header parameter <code>X-Tenant-ID</code>.
         *
         * @param xTenantID the value, or null to leave it out
         * @return this builder
         */
        public Builder xTenantID(String xTenantID) {
            if (xTenantID == null) {
                query.remove("X-Tenant-ID");
            } else {
                query.put("X-Tenant-ID", xTenantID);
            }
            return this;
        }

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(UpdateWebhookRequest body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private UpdateWebhookRequest.Builder fields() {
            if (fields == null) {
                fields = body == null ? UpdateWebhookRequest.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * A new name.
         *
         * Sets the body field {@code name}.
         *
         * @param name the value
         * @return this builder
         */
        public Builder name(String name) {
            fields().name(name);
            return this;
        }

        /**
         * A new description.
         *
         * Sets the body field {@code description}.
         *
         * @param description the value
         * @return this builder
         */
        public Builder description(String description) {
            fields().description(description);
            return this;
        }

        /**
         * Sets the body field {@code url}.
         *
         * @param url the value
         * @return this builder
         */
        public Builder url(String url) {
            fields().url(url);
            return this;
        }

        /**
         * The event types it receives from now on.
         *
         * Sets the body field {@code events}.
         *
         * @param events the value
         * @return this builder
         */
        public Builder events(List<EventType> events) {
            fields().events(events);
            return this;
        }

        /**
         * Pause (false) or resume (true) deliveries.
         *
         * Sets the body field {@code isActive}.
         *
         * @param isActive the value
         * @return this builder
         */
        public Builder isActive(Boolean isActive) {
            fields().isActive(isActive);
            return this;
        }

        /**
         * Sets the body field {@code isActive}.
         *
         * @param isActive the value
         * @return this builder
         */
        public Builder isActive(boolean isActive) {
            return isActive(Boolean.valueOf(isActive));
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public WebhooksUpdateParams build() {
            UpdateWebhookRequest built = fields != null ? fields.build() : body;
            if (built == null) {
                built = UpdateWebhookRequest.builder().build();
            }
            return new WebhooksUpdateParams(new LinkedHashMap<>(query), built);
        }
    }
}
