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
 * Options for a rollback. The body is optional.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = RollbackRequest.Builder.class)
public final class RollbackRequest {
    @JsonProperty("confirm_schema_skew")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Boolean> confirmSchemaSkew;

    private final Map<String, Object> additionalProperties;

    private RollbackRequest(Builder builder) {
        this.confirmSchemaSkew = builder.confirmSchemaSkew;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code RollbackRequest}.
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
     * Acknowledges that a rollback does not revert the database schema. Only needed when
     * destructive schema changes were applied after the target version; without it such a rollback
     * gives 412 <code>confirm_schema_skew_required</code>.
     *
     * @return the <code>confirm_schema_skew</code> field; empty when absent
     */
    public Optional<Boolean> confirmSchemaSkew() {
        return confirmSchemaSkew.toOptional();
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
        if (!(other instanceof RollbackRequest)) {
            return false;
        }
        RollbackRequest that = (RollbackRequest) other;
        return Objects.deepEquals(confirmSchemaSkew, that.confirmSchemaSkew)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {confirmSchemaSkew, additionalProperties});
    }

    @Override
    public String toString() {
        return "RollbackRequest{"
                + "confirmSchemaSkew=" + confirmSchemaSkew
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link RollbackRequest}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private JsonNullable<Boolean> confirmSchemaSkew = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(RollbackRequest source) {
            this.confirmSchemaSkew = source.confirmSchemaSkew;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>confirm_schema_skew</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param confirmSchemaSkew the value
         * @return this builder
         */
        @JsonProperty("confirm_schema_skew")
        public Builder confirmSchemaSkew(Boolean confirmSchemaSkew) {
            this.confirmSchemaSkew = JsonNullable.of(confirmSchemaSkew);
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
         * @return a new {@link RollbackRequest}
         */
        public RollbackRequest build() {
            return new RollbackRequest(this);
        }

        private RollbackRequest buildFromJson() {
            return new RollbackRequest(this);
        }
    }
}
