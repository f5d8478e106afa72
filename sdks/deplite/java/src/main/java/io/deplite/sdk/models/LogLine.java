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
 * The LogLine model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = LogLine.Builder.class)
public final class LogLine {
    @JsonProperty("seq")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Long seq;

    @JsonProperty("stream")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final LogStream stream;

    @JsonProperty("stepName")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String stepName;

    @JsonProperty("level")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<LogLevel> level;

    @JsonProperty("content")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String content;

    private final Map<String, Object> additionalProperties;

    private LogLine(Builder builder) {
        this.seq = builder.seq;
        this.stream = builder.stream;
        this.stepName = builder.stepName;
        this.level = builder.level;
        this.content = builder.content;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code LogLine}.
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
     * The line's place in the job's log
     *
     * @return the <code>seq</code> field (required)
     */
    public Long seq() {
        return seq;
    }

    /**
     * @return the <code>stream</code> field (required)
     */
    public LogStream stream() {
        return stream;
    }

    /**
     * The step that wrote it; empty outside a step.
     *
     * @return the <code>stepName</code> field (required)
     */
    public String stepName() {
        return stepName;
    }

    /**
     * @return the <code>level</code> field; empty when absent
     */
    public Optional<LogLevel> level() {
        return level.toOptional();
    }

    /**
     * @return the <code>content</code> field (required)
     */
    public String content() {
        return content;
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
        if (!(other instanceof LogLine)) {
            return false;
        }
        LogLine that = (LogLine) other;
        return Objects.deepEquals(seq, that.seq)
                && Objects.deepEquals(stream, that.stream)
                && Objects.deepEquals(stepName, that.stepName)
                && Objects.deepEquals(level, that.level)
                && Objects.deepEquals(content, that.content)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {seq, stream, stepName, level, content, additionalProperties});
    }

    @Override
    public String toString() {
        return "LogLine{"
                + "seq=" + seq
                + ", stream=" + stream
                + ", stepName=" + stepName
                + ", level=" + level
                + ", content=" + content
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link LogLine}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private Long seq;
        private LogStream stream;
        private String stepName;
        private JsonNullable<LogLevel> level = JsonNullable.undefined();
        private String content;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(LogLine source) {
            this.seq = source.seq;
            this.stream = source.stream;
            this.stepName = source.stepName;
            this.level = source.level;
            this.content = source.content;
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
         * Sets <code>stream</code> (required).
         *
         * @param stream the value
         * @return this builder
         */
        @JsonProperty("stream")
        public Builder stream(LogStream stream) {
            this.stream = stream;
            return this;
        }

        /**
         * Sets <code>stepName</code> (required).
         *
         * @param stepName the value
         * @return this builder
         */
        @JsonProperty("stepName")
        public Builder stepName(String stepName) {
            this.stepName = stepName;
            return this;
        }

        /**
         * Sets <code>level</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param level the value
         * @return this builder
         */
        @JsonProperty("level")
        public Builder level(LogLevel level) {
            this.level = JsonNullable.of(level);
            return this;
        }

        /**
         * Sets <code>content</code> (required).
         *
         * @param content the value
         * @return this builder
         */
        @JsonProperty("content")
        public Builder content(String content) {
            this.content = content;
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
         * @return a new {@link LogLine}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public LogLine build() {
            Checks.required(seq, "LogLine.seq");
            Checks.required(stream, "LogLine.stream");
            Checks.required(stepName, "LogLine.stepName");
            Checks.required(content, "LogLine.content");
            return new LogLine(this);
        }

        private LogLine buildFromJson() {
            return new LogLine(this);
        }
    }
}
