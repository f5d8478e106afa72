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
 * The data of a <code>job</code> event.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = JobAssignment.Builder.class)
public final class JobAssignment implements AgentEvent {
    @JsonProperty("jobId")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String jobId;

    @JsonProperty("workflowName")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String workflowName;

    @JsonProperty("ref")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String ref;

    @JsonProperty("debug")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean debug;

    @JsonProperty("params")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Map<String, String> params;

    private final Map<String, Object> additionalProperties;

    private JobAssignment(Builder builder) {
        this.jobId = builder.jobId;
        this.workflowName = builder.workflowName;
        this.ref = builder.ref;
        this.debug = builder.debug;
        this.params = builder.params;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code JobAssignment}.
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
     * @return the <code>jobId</code> field (required)
     */
    public String jobId() {
        return jobId;
    }

    /**
     * @return the <code>workflowName</code> field (required)
     */
    public String workflowName() {
        return workflowName;
    }

    /**
     * @return the <code>ref</code> field (required)
     */
    public String ref() {
        return ref;
    }

    /**
     * @return the <code>debug</code> field (required)
     */
    public Boolean debug() {
        return debug;
    }

    /**
     * @return the <code>params</code> field (required)
     */
    public Map<String, String> params() {
        return params;
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
        if (!(other instanceof JobAssignment)) {
            return false;
        }
        JobAssignment that = (JobAssignment) other;
        return Objects.deepEquals(jobId, that.jobId)
                && Objects.deepEquals(workflowName, that.workflowName)
                && Objects.deepEquals(ref, that.ref)
                && Objects.deepEquals(debug, that.debug)
                && Objects.deepEquals(params, that.params)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {jobId, workflowName, ref, debug, params, additionalProperties});
    }

    @Override
    public String toString() {
        return "JobAssignment{"
                + "jobId=" + jobId
                + ", workflowName=" + workflowName
                + ", ref=" + ref
                + ", debug=" + debug
                + ", params=" + params
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link JobAssignment}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String jobId;
        private String workflowName;
        private String ref;
        private Boolean debug;
        private Map<String, String> params;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(JobAssignment source) {
            this.jobId = source.jobId;
            this.workflowName = source.workflowName;
            this.ref = source.ref;
            this.debug = source.debug;
            this.params = source.params;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>jobId</code> (required).
         *
         * @param jobId the value
         * @return this builder
         */
        @JsonProperty("jobId")
        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        /**
         * Sets <code>workflowName</code> (required).
         *
         * @param workflowName the value
         * @return this builder
         */
        @JsonProperty("workflowName")
        public Builder workflowName(String workflowName) {
            this.workflowName = workflowName;
            return this;
        }

        /**
         * Sets <code>ref</code> (required).
         *
         * @param ref the value
         * @return this builder
         */
        @JsonProperty("ref")
        public Builder ref(String ref) {
            this.ref = ref;
            return this;
        }

        /**
         * Sets <code>debug</code> (required).
         *
         * @param debug the value
         * @return this builder
         */
        @JsonProperty("debug")
        public Builder debug(Boolean debug) {
            this.debug = debug;
            return this;
        }

        /**
         * Sets <code>params</code> (required).
         *
         * @param params the value
         * @return this builder
         */
        @JsonProperty("params")
        public Builder params(Map<String, String> params) {
            this.params = params;
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
         * @return a new {@link JobAssignment}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public JobAssignment build() {
            Checks.required(jobId, "JobAssignment.jobId");
            Checks.required(workflowName, "JobAssignment.workflowName");
            Checks.required(ref, "JobAssignment.ref");
            Checks.required(debug, "JobAssignment.debug");
            Checks.required(params, "JobAssignment.params");
            return new JobAssignment(this);
        }

        private JobAssignment buildFromJson() {
            return new JobAssignment(this);
        }
    }
}
