package ai.axhub.sdk.models;

import ai.axhub.sdk.core.JsonNullable;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Confirmation for switching staging off.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = DisableStagingRequest.Builder.class)
public final class DisableStagingRequest {
    @JsonProperty("confirm_discard_ops")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Boolean> confirmDiscardOps;

    private final Map<String, Object> additionalProperties;

    private DisableStagingRequest(Builder builder) {
        this.confirmDiscardOps = builder.confirmDiscardOps;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code DisableStagingRequest}.
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
     * Explicit consent that schema changes not yet promoted are thrown away together with staging.
     * False or absent gives 412 <code>confirm_discard_ops_required</code>.
     *
     * @return the <code>confirm_discard_ops</code> field; empty when absent
     */
    public Optional<Boolean> confirmDiscardOps() {
        return confirmDiscardOps.toOptional();
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
        if (!(other instanceof DisableStagingRequest)) {
            return false;
        }
        DisableStagingRequest that = (DisableStagingRequest) other;
        return Objects.deepEquals(confirmDiscardOps, that.confirmDiscardOps)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {confirmDiscardOps, additionalProperties});
    }

    @Override
    public String toString() {
        return "DisableStagingRequest{"
                + "confirmDiscardOps=" + confirmDiscardOps
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link DisableStagingRequest}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private JsonNullable<Boolean> confirmDiscardOps = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(DisableStagingRequest source) {
            this.confirmDiscardOps = source.confirmDiscardOps;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>confirm_discard_ops</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param confirmDiscardOps the value
         * @return this builder
         */
        @JsonProperty("confirm_discard_ops")
        public Builder confirmDiscardOps(Boolean confirmDiscardOps) {
            this.confirmDiscardOps = JsonNullable.of(confirmDiscardOps);
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
         * @return a new {@link DisableStagingRequest}
         */
        public DisableStagingRequest build() {
            return new DisableStagingRequest(this);
        }

        private DisableStagingRequest buildFromJson() {
            return new DisableStagingRequest(this);
        }
    }
}
