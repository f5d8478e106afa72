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
import io.platformexample.sdk.core.JsonNullable;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of every error response.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = Error.Builder.class)
public final class Error {
    @JsonProperty("statusCode")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Long statusCode;

    @JsonProperty("code")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String code;

    @JsonProperty("message")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String message;

    @JsonProperty("retryAfter")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Long> retryAfter;

    private final Map<String, Object> additionalProperties;

    private Error(Builder builder) {
        this.statusCode = builder.statusCode;
        this.code = builder.code;
        this.message = builder.message;
        this.retryAfter = builder.retryAfter;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code Error}.
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
     * The HTTP status, repeated.
     *
     * @return the <code>statusCode</code> field (required)
     */
    public Long statusCode() {
        return statusCode;
    }

    /**
     * A stable, machine-readable reason (<code>account_locked</code>,
     * <code>tenant_required</code>, ...).
     *
     * @return the <code>code</code> field (required)
     */
    public String code() {
        return code;
    }

    /**
     * A human-readable explanation.
     *
     * @return the <code>message</code> field (required)
     */
    public String message() {
        return message;
    }

    /**
     * With 423 and 429, the seconds to wait before trying again.
     *
     * @return the <code>retryAfter</code> field; empty when absent
     */
    public Optional<Long> retryAfter() {
        return retryAfter.toOptional();
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
        if (!(other instanceof Error)) {
            return false;
        }
        Error that = (Error) other;
        return Objects.deepEquals(statusCode, that.statusCode)
                && Objects.deepEquals(code, that.code)
                && Objects.deepEquals(message, that.message)
                && Objects.deepEquals(retryAfter, that.retryAfter)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {statusCode, code, message, retryAfter, additionalProperties});
    }

    @Override
    public String toString() {
        return "Error{"
                + "statusCode=" + statusCode
                + ", code=" + code
                + ", message=" + message
                + ", retryAfter=" + retryAfter
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link Error}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private Long statusCode;
        private String code;
        private String message;
        private JsonNullable<Long> retryAfter = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(Error source) {
            this.statusCode = source.statusCode;
            this.code = source.code;
            this.message = source.message;
            this.retryAfter = source.retryAfter;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>statusCode</code> (required).
         *
         * @param statusCode the value
         * @return this builder
         */
        @JsonProperty("statusCode")
        public Builder statusCode(Long statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        /**
         * Sets <code>code</code> (required).
         *
         * @param code the value
         * @return this builder
         */
        @JsonProperty("code")
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * Sets <code>message</code> (required).
         *
         * @param message the value
         * @return this builder
         */
        @JsonProperty("message")
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /**
         * Sets <code>retryAfter</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param retryAfter the value
         * @return this builder
         */
        @JsonProperty("retryAfter")
        public Builder retryAfter(Long retryAfter) {
            this.retryAfter = JsonNullable.of(retryAfter);
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
         * @return a new {@link Error}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public Error build() {
            Checks.required(statusCode, "Error.statusCode");
            Checks.required(code, "Error.code");
            Checks.required(message, "Error.message");
            return new Error(this);
        }

        private Error buildFromJson() {
            return new Error(this);
        }
    }
}
