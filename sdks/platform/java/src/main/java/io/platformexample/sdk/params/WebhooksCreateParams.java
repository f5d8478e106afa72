package io.platformexample.sdk.params;

import io.platformexample.sdk.models.CreateWebhookRequest;
import io.platformexample.sdk.models.EventType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class WebhooksCreateParams {
    private final Map<String, Object> query;
    private final CreateWebhookRequest body;

    private WebhooksCreateParams(Map<String, Object> query, CreateWebhookRequest body) {
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
    public CreateWebhookRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof WebhooksCreateParams)) {
            return false;
        }
        WebhooksCreateParams that = (WebhooksCreateParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "WebhooksCreateParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link WebhooksCreateParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private CreateWebhookRequest body;
        private CreateWebhookRequest.Builder fields;

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
        public Builder body(CreateWebhookRequest body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private CreateWebhookRequest.Builder fields() {
            if (fields == null) {
                fields = body == null ? CreateWebhookRequest.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * Its name.
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
         * What it is for.
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
         * Sets the body field {@code url} (required).
         *
         * @param url the value
         * @return this builder
         */
        public Builder url(String url) {
            fields().url(url);
            return this;
        }

        /**
         * The event types it receives.
         *
         * Sets the body field {@code events} (required).
         *
         * @param events the value
         * @return this builder
         */
        public Builder events(List<EventType> events) {
            fields().events(events);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public WebhooksCreateParams build() {
            CreateWebhookRequest built = fields != null ? fields.build() : body;
            if (built == null) {
                built = CreateWebhookRequest.builder().build();
            }
            return new WebhooksCreateParams(new LinkedHashMap<>(query), built);
        }
    }
}
