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
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A page of runtime log lines.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = LogPage.Builder.class)
public final class LogPage {
    @JsonProperty("lines")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final List<LogLine> lines;

    @JsonProperty("next_cursor")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String nextCursor;

    @JsonProperty("has_more")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean hasMore;

    private final Map<String, Object> additionalProperties;

    private LogPage(Builder builder) {
        this.lines = builder.lines;
        this.nextCursor = builder.nextCursor;
        this.hasMore = builder.hasMore;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code LogPage}.
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
     * Log lines in ascending time order; empty when the range has no output.
     *
     * @return the <code>lines</code> field (required)
     */
    public List<LogLine> lines() {
        return lines;
    }

    /**
     * Pass as <code>cursor</code> on the next call to continue (older lines when going backward,
     * newer ones when going forward). Empty when there is nothing further.
     *
     * @return the <code>next_cursor</code> field (required)
     */
    public String nextCursor() {
        return nextCursor;
    }

    /**
     * True when another page is immediately available. In forward mode a full page also sets it,
     * so the caller can fetch again at once instead of waiting for the next poll.
     *
     * @return the <code>has_more</code> field (required)
     */
    public Boolean hasMore() {
        return hasMore;
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
        if (!(other instanceof LogPage)) {
            return false;
        }
        LogPage that = (LogPage) other;
        return Objects.deepEquals(lines, that.lines)
                && Objects.deepEquals(nextCursor, that.nextCursor)
                && Objects.deepEquals(hasMore, that.hasMore)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {lines, nextCursor, hasMore, additionalProperties});
    }

    @Override
    public String toString() {
        return "LogPage{"
                + "lines=" + lines
                + ", nextCursor=" + nextCursor
                + ", hasMore=" + hasMore
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link LogPage}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private List<LogLine> lines;
        private String nextCursor;
        private Boolean hasMore;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(LogPage source) {
            this.lines = source.lines;
            this.nextCursor = source.nextCursor;
            this.hasMore = source.hasMore;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>lines</code> (required).
         *
         * @param lines the value
         * @return this builder
         */
        @JsonProperty("lines")
        public Builder lines(List<LogLine> lines) {
            this.lines = lines;
            return this;
        }

        /**
         * Sets <code>next_cursor</code> (required).
         *
         * @param nextCursor the value
         * @return this builder
         */
        @JsonProperty("next_cursor")
        public Builder nextCursor(String nextCursor) {
            this.nextCursor = nextCursor;
            return this;
        }

        /**
         * Sets <code>has_more</code> (required).
         *
         * @param hasMore the value
         * @return this builder
         */
        @JsonProperty("has_more")
        public Builder hasMore(Boolean hasMore) {
            this.hasMore = hasMore;
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
         * @return a new {@link LogPage}
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public LogPage build() {
            Checks.required(lines, "LogPage.lines");
            Checks.required(nextCursor, "LogPage.nextCursor");
            Checks.required(hasMore, "LogPage.hasMore");
            return new LogPage(this);
        }

        private LogPage buildFromJson() {
            return new LogPage(this);
        }
    }
}
