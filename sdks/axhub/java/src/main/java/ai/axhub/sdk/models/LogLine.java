package ai.axhub.sdk.models;

import ai.axhub.sdk.core.Checks;
import ai.axhub.sdk.core.JsonNullable;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of app output. The seed only says the lines are objects; this shape is our definition.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = LogLine.Builder.class)
public final class LogLine {
    @JsonProperty("timestamp")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime timestamp;

    @JsonProperty("stream")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final LogLineStream stream;

    @JsonProperty("message")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String message;

    @JsonProperty("pod")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> pod;

    private final Map<String, Object> additionalProperties;

    private LogLine(Builder builder) {
        this.timestamp = builder.timestamp;
        this.stream = builder.stream;
        this.message = builder.message;
        this.pod = builder.pod;
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
     * When the line was written.
     *
     * @return the <code>timestamp</code> field (required)
     */
    public OffsetDateTime timestamp() {
        return timestamp;
    }

    /**
     * Output stream the line came from.
     *
     * @return the <code>stream</code> field (required)
     */
    public LogLineStream stream() {
        return stream;
    }

    /**
     * The text of the line.
     *
     * @return the <code>message</code> field (required)
     */
    public String message() {
        return message;
    }

    /**
     * Name of the pod that produced the line.
     *
     * @return the <code>pod</code> field; empty when absent
     */
    public Optional<String> pod() {
        return pod.toOptional();
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
        return Objects.deepEquals(timestamp, that.timestamp)
                && Objects.deepEquals(stream, that.stream)
                && Objects.deepEquals(message, that.message)
                && Objects.deepEquals(pod, that.pod)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {timestamp, stream, message, pod, additionalProperties});
    }

    @Override
    public String toString() {
        return "LogLine{"
                + "timestamp=" + timestamp
                + ", stream=" + stream
                + ", message=" + message
                + ", pod=" + pod
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link LogLine}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private OffsetDateTime timestamp;
        private LogLineStream stream;
        private String message;
        private JsonNullable<String> pod = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(LogLine source) {
            this.timestamp = source.timestamp;
            this.stream = source.stream;
            this.message = source.message;
            this.pod = source.pod;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>timestamp</code> (required).
         *
         * @param timestamp the value
         * @return this builder
         */
        @JsonProperty("timestamp")
        public Builder timestamp(OffsetDateTime timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        /**
         * Sets <code>stream</code> (required).
         *
         * @param stream the value
         * @return this builder
         */
        @JsonProperty("stream")
        public Builder stream(LogLineStream stream) {
            this.stream = stream;
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
         * Sets <code>pod</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param pod the value
         * @return this builder
         */
        @JsonProperty("pod")
        public Builder pod(String pod) {
            this.pod = JsonNullable.of(pod);
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
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public LogLine build() {
            Checks.required(timestamp, "LogLine.timestamp");
            Checks.required(stream, "LogLine.stream");
            Checks.required(message, "LogLine.message");
            return new LogLine(this);
        }

        private LogLine buildFromJson() {
            return new LogLine(this);
        }
    }
}
