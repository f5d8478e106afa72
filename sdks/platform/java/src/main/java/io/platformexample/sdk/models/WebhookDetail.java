package io.platformexample.sdk.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.platformexample.sdk.core.Checks;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A webhook with its secret and latest deliveries.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = WebhookDetail.Builder.class)
public final class WebhookDetail {
    @JsonProperty("webhook")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Webhook webhook;

    @JsonProperty("secret")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String secret;

    @JsonProperty("deliveries")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final List<Delivery> deliveries;

    private final Map<String, Object> additionalProperties;

    private WebhookDetail(Builder builder) {
        this.webhook = builder.webhook;
        this.secret = builder.secret;
        this.deliveries = builder.deliveries;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code WebhookDetail}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this object's values, to make a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * @return the <code>webhook</code> field (required)
     */
    public Webhook webhook() {
        return webhook;
    }

    /**
     * The current signing secret.
     *
     * @return the <code>secret</code> field (required)
     */
    public String secret() {
        return secret;
    }

    /**
     * The 20 most recent deliveries, newest first.
     *
     * @return the <code>deliveries</code> field (required)
     */
    public List<Delivery> deliveries() {
        return deliveries;
    }

    /**
     * Fields the schema does not list, as decoded JSON (maps, lists, strings, numbers, booleans).
     *
     * @return an unmodifiable map by wire name
     */
    @JsonAnyGetter
    public Map<String, Object> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof WebhookDetail)) {
            return false;
        }
        WebhookDetail that = (WebhookDetail) other;
        return Objects.deepEquals(webhook, that.webhook)
                && Objects.deepEquals(secret, that.secret)
                && Objects.deepEquals(deliveries, that.deliveries)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {webhook, secret, deliveries, additionalProperties});
    }

    @Override
    public String toString() {
        return "WebhookDetail{"
                + "webhook=" + webhook
                + ", secret=" + secret
                + ", deliveries=" + deliveries
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link WebhookDetail}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private Webhook webhook;
        private String secret;
        private List<Delivery> deliveries;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(WebhookDetail source) {
            this.webhook = source.webhook;
            this.secret = source.secret;
            this.deliveries = source.deliveries;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>webhook</code> (required).
         *
         * @param webhook the value
         * @return this builder
         */
        @JsonProperty("webhook")
        public Builder webhook(Webhook webhook) {
            this.webhook = webhook;
            return this;
        }

        /**
         * Sets <code>secret</code> (required).
         *
         * @param secret the value
         * @return this builder
         */
        @JsonProperty("secret")
        public Builder secret(String secret) {
            this.secret = secret;
            return this;
        }

        /**
         * Sets <code>deliveries</code> (required).
         *
         * @param deliveries the value
         * @return this builder
         */
        @JsonProperty("deliveries")
        public Builder deliveries(List<Delivery> deliveries) {
            this.deliveries = deliveries;
            return this;
        }

        /**
         * Adds a field the schema does not list.
         *
         * @param name the wire name
         * @param value the value, as JSON would decode it
         * @return this builder
         */
        @JsonAnySetter
        public Builder putAdditionalProperty(String name, Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        /**
         * Adds fields the schema does not list.
         *
         * @param values the values by wire name
         * @return this builder
         */
        @JsonIgnore
        public Builder additionalProperties(Map<String, ?> values) {
            this.additionalProperties.putAll(values);
            return this;
        }

        /**
         * The object.
         *
         * @return a new {@link WebhookDetail}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public WebhookDetail build() {
            Checks.required(webhook, "WebhookDetail.webhook");
            Checks.required(secret, "WebhookDetail.secret");
            Checks.required(deliveries, "WebhookDetail.deliveries");
            return new WebhookDetail(this);
        }

        private WebhookDetail buildFromJson() {
            return new WebhookDetail(this);
        }
    }
}
