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
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The WorkflowReport model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = WorkflowReport.Builder.class)
public final class WorkflowReport {
    @JsonProperty("workflows")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final List<WorkflowReportWorkflowsItem> workflows;

    private final Map<String, Object> additionalProperties;

    private WorkflowReport(Builder builder) {
        this.workflows = builder.workflows;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code WorkflowReport}.
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
     * @return the <code>workflows</code> field (required)
     */
    public List<WorkflowReportWorkflowsItem> workflows() {
        return workflows;
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
        if (!(other instanceof WorkflowReport)) {
            return false;
        }
        WorkflowReport that = (WorkflowReport) other;
        return Objects.deepEquals(workflows, that.workflows)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {workflows, additionalProperties});
    }

    @Override
    public String toString() {
        return "WorkflowReport{"
                + "workflows=" + workflows
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link WorkflowReport}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private List<WorkflowReportWorkflowsItem> workflows;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(WorkflowReport source) {
            this.workflows = source.workflows;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>workflows</code> (required).
         *
         * @param workflows the value
         * @return this builder
         */
        @JsonProperty("workflows")
        public Builder workflows(List<WorkflowReportWorkflowsItem> workflows) {
            this.workflows = workflows;
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
         * @return a new {@link WorkflowReport}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public WorkflowReport build() {
            Checks.required(workflows, "WorkflowReport.workflows");
            return new WorkflowReport(this);
        }

        private WorkflowReport buildFromJson() {
            return new WorkflowReport(this);
        }
    }
}
