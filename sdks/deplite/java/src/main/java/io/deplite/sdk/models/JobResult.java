package io.deplite.sdk.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.deplite.sdk.core.Checks;
import io.deplite.sdk.core.JsonNullable;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The JobResult model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = JobResult.Builder.class)
public final class JobResult {
    @JsonProperty("status")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final JobOutcome status;

    @JsonProperty("exitCode")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Long exitCode;

    @JsonProperty("output")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Map<String, Object>> output;

    private final Map<String, Object> additionalProperties;

    private JobResult(Builder builder) {
        this.status = builder.status;
        this.exitCode = builder.exitCode;
        this.output = builder.output;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code JobResult}.
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
     * @return the <code>status</code> field (required)
     */
    public JobOutcome status() {
        return status;
    }

    /**
     * @return the <code>exitCode</code> field (required)
     */
    public Long exitCode() {
        return exitCode;
    }

    /**
     * @return the <code>output</code> field; empty when absent
     */
    public Optional<Map<String, Object>> output() {
        return output.toOptional();
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
        if (!(other instanceof JobResult)) {
            return false;
        }
        JobResult that = (JobResult) other;
        return Objects.deepEquals(status, that.status)
                && Objects.deepEquals(exitCode, that.exitCode)
                && Objects.deepEquals(output, that.output)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {status, exitCode, output, additionalProperties});
    }

    @Override
    public String toString() {
        return "JobResult{"
                + "status=" + status
                + ", exitCode=" + exitCode
                + ", output=" + output
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link JobResult}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private JobOutcome status;
        private Long exitCode;
        private JsonNullable<Map<String, Object>> output = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(JobResult source) {
            this.status = source.status;
            this.exitCode = source.exitCode;
            this.output = source.output;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>status</code> (required).
         *
         * @param status the value
         * @return this builder
         */
        @JsonProperty("status")
        public Builder status(JobOutcome status) {
            this.status = status;
            return this;
        }

        /**
         * Sets <code>exitCode</code> (required).
         *
         * @param exitCode the value
         * @return this builder
         */
        @JsonProperty("exitCode")
        public Builder exitCode(Long exitCode) {
            this.exitCode = exitCode;
            return this;
        }

        /**
         * Sets <code>output</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param output the value
         * @return this builder
         */
        @JsonProperty("output")
        public Builder output(Map<String, Object> output) {
            this.output = JsonNullable.of(output);
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
         * @return a new {@link JobResult}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public JobResult build() {
            Checks.required(status, "JobResult.status");
            Checks.required(exitCode, "JobResult.exitCode");
            return new JobResult(this);
        }

        private JobResult buildFromJson() {
            return new JobResult(this);
        }
    }
}
