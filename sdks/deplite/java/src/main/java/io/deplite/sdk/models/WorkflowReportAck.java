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
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The WorkflowReportAck model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = WorkflowReportAck.Builder.class)
public final class WorkflowReportAck {
    @JsonProperty("count")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Long count;

    private final Map<String, Object> additionalProperties;

    private WorkflowReportAck(Builder builder) {
        this.count = builder.count;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code WorkflowReportAck}.
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
     * How many workflows are now known.
     *
     * @return the <code>count</code> field (required)
     */
    public Long count() {
        return count;
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
        if (!(other instanceof WorkflowReportAck)) {
            return false;
        }
        WorkflowReportAck that = (WorkflowReportAck) other;
        return Objects.deepEquals(count, that.count)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {count, additionalProperties});
    }

    @Override
    public String toString() {
        return "WorkflowReportAck{"
                + "count=" + count
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link WorkflowReportAck}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private Long count;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(WorkflowReportAck source) {
            this.count = source.count;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>count</code> (required).
         *
         * @param count the value
         * @return this builder
         */
        @JsonProperty("count")
        public Builder count(Long count) {
            this.count = count;
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
         * @return a new {@link WorkflowReportAck}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public WorkflowReportAck build() {
            Checks.required(count, "WorkflowReportAck.count");
            return new WorkflowReportAck(this);
        }

        private WorkflowReportAck buildFromJson() {
            return new WorkflowReportAck(this);
        }
    }
}
