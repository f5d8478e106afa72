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
 * The WorkflowReportWorkflowsItem model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = WorkflowReportWorkflowsItem.Builder.class)
public final class WorkflowReportWorkflowsItem {
    @JsonProperty("name")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String name;

    @JsonProperty("secretsKeys")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final List<String> secretsKeys;

    private final Map<String, Object> additionalProperties;

    private WorkflowReportWorkflowsItem(Builder builder) {
        this.name = builder.name;
        this.secretsKeys = builder.secretsKeys;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code WorkflowReportWorkflowsItem}.
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
     * @return the <code>name</code> field (required)
     */
    public String name() {
        return name;
    }

    /**
     * @return the <code>secretsKeys</code> field (required)
     */
    public List<String> secretsKeys() {
        return secretsKeys;
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
        if (!(other instanceof WorkflowReportWorkflowsItem)) {
            return false;
        }
        WorkflowReportWorkflowsItem that = (WorkflowReportWorkflowsItem) other;
        return Objects.deepEquals(name, that.name)
                && Objects.deepEquals(secretsKeys, that.secretsKeys)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {name, secretsKeys, additionalProperties});
    }

    @Override
    public String toString() {
        return "WorkflowReportWorkflowsItem{"
                + "name=" + name
                + ", secretsKeys=" + secretsKeys
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link WorkflowReportWorkflowsItem}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String name;
        private List<String> secretsKeys;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(WorkflowReportWorkflowsItem source) {
            this.name = source.name;
            this.secretsKeys = source.secretsKeys;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>name</code> (required).
         *
         * @param name the value
         * @return this builder
         */
        @JsonProperty("name")
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets <code>secretsKeys</code> (required).
         *
         * @param secretsKeys the value
         * @return this builder
         */
        @JsonProperty("secretsKeys")
        public Builder secretsKeys(List<String> secretsKeys) {
            this.secretsKeys = secretsKeys;
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
         * @return a new {@link WorkflowReportWorkflowsItem}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public WorkflowReportWorkflowsItem build() {
            Checks.required(name, "WorkflowReportWorkflowsItem.name");
            Checks.required(secretsKeys, "WorkflowReportWorkflowsItem.secretsKeys");
            return new WorkflowReportWorkflowsItem(this);
        }

        private WorkflowReportWorkflowsItem buildFromJson() {
            return new WorkflowReportWorkflowsItem(this);
        }
    }
}
