package ai.axhub.sdk.models;

import ai.axhub.sdk.core.Checks;
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

/**
 * One schema change a promotion would apply. The seed only says the ops are objects (with a
 * destructive flag); this shape is our definition.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = PreflightOp.Builder.class)
public final class PreflightOp {
    @JsonProperty("seq")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Long seq;

    @JsonProperty("kind")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String kind;

    @JsonProperty("description")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String description;

    @JsonProperty("destructive")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean destructive;

    private final Map<String, Object> additionalProperties;

    private PreflightOp(Builder builder) {
        this.seq = builder.seq;
        this.kind = builder.kind;
        this.description = builder.description;
        this.destructive = builder.destructive;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code PreflightOp}.
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
     * Position of the change in the app's change log.
     *
     * @return the <code>seq</code> field (required)
     */
    public Long seq() {
        return seq;
    }

    /**
     * Kind of change (for example <code>add_column</code>, <code>drop_table</code>).
     *
     * @return the <code>kind</code> field (required)
     */
    public String kind() {
        return kind;
    }

    /**
     * Human-readable summary of the change.
     *
     * @return the <code>description</code> field (required)
     */
    public String description() {
        return description;
    }

    /**
     * True when the change can lose data (drops, narrowing changes).
     *
     * @return the <code>destructive</code> field (required)
     */
    public Boolean destructive() {
        return destructive;
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
        if (!(other instanceof PreflightOp)) {
            return false;
        }
        PreflightOp that = (PreflightOp) other;
        return Objects.deepEquals(seq, that.seq)
                && Objects.deepEquals(kind, that.kind)
                && Objects.deepEquals(description, that.description)
                && Objects.deepEquals(destructive, that.destructive)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {seq, kind, description, destructive, additionalProperties});
    }

    @Override
    public String toString() {
        return "PreflightOp{"
                + "seq=" + seq
                + ", kind=" + kind
                + ", description=" + description
                + ", destructive=" + destructive
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link PreflightOp}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private Long seq;
        private String kind;
        private String description;
        private Boolean destructive;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(PreflightOp source) {
            this.seq = source.seq;
            this.kind = source.kind;
            this.description = source.description;
            this.destructive = source.destructive;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>seq</code> (required).
         *
         * @param seq the value
         * @return this builder
         */
        @JsonProperty("seq")
        public Builder seq(Long seq) {
            this.seq = seq;
            return this;
        }

        /**
         * Sets <code>kind</code> (required).
         *
         * @param kind the value
         * @return this builder
         */
        @JsonProperty("kind")
        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets <code>description</code> (required).
         *
         * @param description the value
         * @return this builder
         */
        @JsonProperty("description")
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets <code>destructive</code> (required).
         *
         * @param destructive the value
         * @return this builder
         */
        @JsonProperty("destructive")
        public Builder destructive(Boolean destructive) {
            this.destructive = destructive;
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
         * @return a new {@link PreflightOp}
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public PreflightOp build() {
            Checks.required(seq, "PreflightOp.seq");
            Checks.required(kind, "PreflightOp.kind");
            Checks.required(description, "PreflightOp.description");
            Checks.required(destructive, "PreflightOp.destructive");
            return new PreflightOp(this);
        }

        private PreflightOp buildFromJson() {
            return new PreflightOp(this);
        }
    }
}
