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
 * The tenant's webhooks.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = WebhookList.Builder.class)
public final class WebhookList {
    @JsonProperty("webhooks")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final List<Webhook> webhooks;

    private final Map<String, Object> additionalProperties;

    private WebhookList(Builder builder) {
        this.webhooks = builder.webhooks;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code WebhookList}.
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
     * @return the <code>webhooks</code> field (required)
     */
    public List<Webhook> webhooks() {
        return webhooks;
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
        if (!(other instanceof WebhookList)) {
            return false;
        }
        WebhookList that = (WebhookList) other;
        return Objects.deepEquals(webhooks, that.webhooks)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {webhooks, additionalProperties});
    }

    @Override
    public String toString() {
        return "WebhookList{"
                + "webhooks=" + webhooks
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link WebhookList}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private List<Webhook> webhooks;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(WebhookList source) {
            this.webhooks = source.webhooks;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>webhooks</code> (required).
         *
         * @param webhooks the value
         * @return this builder
         */
        @JsonProperty("webhooks")
        public Builder webhooks(List<Webhook> webhooks) {
            this.webhooks = webhooks;
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
         * @return a new {@link WebhookList}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public WebhookList build() {
            Checks.required(webhooks, "WebhookList.webhooks");
            return new WebhookList(this);
        }

        private WebhookList buildFromJson() {
            return new WebhookList(this);
        }
    }
}
