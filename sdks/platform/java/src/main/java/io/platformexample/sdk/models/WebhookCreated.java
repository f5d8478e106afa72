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
import java.util.Map;
import java.util.Objects;

/**
 * A new webhook and its signing secret.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = WebhookCreated.Builder.class)
public final class WebhookCreated {
    @JsonProperty("webhook")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Webhook webhook;

    @JsonProperty("secret")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String secret;

    private final Map<String, Object> additionalProperties;

    private WebhookCreated(Builder builder) {
        this.webhook = builder.webhook;
        this.secret = builder.secret;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code WebhookCreated}.
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
     * The signing secret (<code>whsec_...</code>).
     *
     * @return the <code>secret</code> field (required)
     */
    public String secret() {
        return secret;
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
        if (!(other instanceof WebhookCreated)) {
            return false;
        }
        WebhookCreated that = (WebhookCreated) other;
        return Objects.deepEquals(webhook, that.webhook)
                && Objects.deepEquals(secret, that.secret)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {webhook, secret, additionalProperties});
    }

    @Override
    public String toString() {
        return "WebhookCreated{"
                + "webhook=" + webhook
                + ", secret=" + secret
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link WebhookCreated}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private Webhook webhook;
        private String secret;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(WebhookCreated source) {
            this.webhook = source.webhook;
            this.secret = source.secret;
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
         * @return a new {@link WebhookCreated}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public WebhookCreated build() {
            Checks.required(webhook, "WebhookCreated.webhook");
            Checks.required(secret, "WebhookCreated.secret");
            return new WebhookCreated(this);
        }

        private WebhookCreated buildFromJson() {
            return new WebhookCreated(this);
        }
    }
}
