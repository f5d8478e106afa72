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
 * Details of a failed deployment. The seed types this field as <code>any</code>, so its shape is
 * free-form: <code>code</code>, <code>message</code> and <code>stage</code> are the fields we
 * expect, all optional, and any other fields the platform adds are allowed.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = FailureReason.Builder.class)
public final class FailureReason {
    @JsonProperty("code")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> code;

    @JsonProperty("message")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> message;

    @JsonProperty("stage")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> stage;

    private final Map<String, Object> additionalProperties;

    private FailureReason(Builder builder) {
        this.code = builder.code;
        this.message = builder.message;
        this.stage = builder.stage;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code FailureReason}.
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
     * Machine-readable failure code.
     *
     * @return the <code>code</code> field; empty when absent
     */
    public Optional<String> code() {
        return code.toOptional();
    }

    /**
     * Human-readable explanation.
     *
     * @return the <code>message</code> field; empty when absent
     */
    public Optional<String> message() {
        return message.toOptional();
    }

    /**
     * Stage in which the deployment failed.
     *
     * @return the <code>stage</code> field; empty when absent
     */
    public Optional<String> stage() {
        return stage.toOptional();
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
        if (!(other instanceof FailureReason)) {
            return false;
        }
        FailureReason that = (FailureReason) other;
        return Objects.deepEquals(code, that.code)
                && Objects.deepEquals(message, that.message)
                && Objects.deepEquals(stage, that.stage)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {code, message, stage, additionalProperties});
    }

    @Override
    public String toString() {
        return "FailureReason{"
                + "code=" + code
                + ", message=" + message
                + ", stage=" + stage
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link FailureReason}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private JsonNullable<String> code = JsonNullable.undefined();
        private JsonNullable<String> message = JsonNullable.undefined();
        private JsonNullable<String> stage = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(FailureReason source) {
            this.code = source.code;
            this.message = source.message;
            this.stage = source.stage;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>code</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param code the value
         * @return this builder
         */
        @JsonProperty("code")
        public Builder code(String code) {
            this.code = JsonNullable.of(code);
            return this;
        }

        /**
         * Sets <code>message</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param message the value
         * @return this builder
         */
        @JsonProperty("message")
        public Builder message(String message) {
            this.message = JsonNullable.of(message);
            return this;
        }

        /**
         * Sets <code>stage</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param stage the value
         * @return this builder
         */
        @JsonProperty("stage")
        public Builder stage(String stage) {
            this.stage = JsonNullable.of(stage);
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
         * @return a new {@link FailureReason}
         */
        public FailureReason build() {
            return new FailureReason(this);
        }

        private FailureReason buildFromJson() {
            return new FailureReason(this);
        }
    }
}
