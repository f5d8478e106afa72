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
 * A delivery.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = DeliveryEnvelope.Builder.class)
public final class DeliveryEnvelope {
    @JsonProperty("delivery")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Delivery delivery;

    private final Map<String, Object> additionalProperties;

    private DeliveryEnvelope(Builder builder) {
        this.delivery = builder.delivery;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code DeliveryEnvelope}.
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
     * @return the <code>delivery</code> field (required)
     */
    public Delivery delivery() {
        return delivery;
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
        if (!(other instanceof DeliveryEnvelope)) {
            return false;
        }
        DeliveryEnvelope that = (DeliveryEnvelope) other;
        return Objects.deepEquals(delivery, that.delivery)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {delivery, additionalProperties});
    }

    @Override
    public String toString() {
        return "DeliveryEnvelope{"
                + "delivery=" + delivery
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link DeliveryEnvelope}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private Delivery delivery;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(DeliveryEnvelope source) {
            this.delivery = source.delivery;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>delivery</code> (required).
         *
         * @param delivery the value
         * @return this builder
         */
        @JsonProperty("delivery")
        public Builder delivery(Delivery delivery) {
            this.delivery = delivery;
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
         * @return a new {@link DeliveryEnvelope}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public DeliveryEnvelope build() {
            Checks.required(delivery, "DeliveryEnvelope.delivery");
            return new DeliveryEnvelope(this);
        }

        private DeliveryEnvelope buildFromJson() {
            return new DeliveryEnvelope(this);
        }
    }
}
