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
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The Job model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = Job.Builder.class)
public final class Job {
    @JsonProperty("id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String id;

    @JsonProperty("triggerId")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String triggerId;

    @JsonProperty("agentId")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String agentId;

    @JsonProperty("workflowName")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String workflowName;

    @JsonProperty("status")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final JobStatus status;

    @JsonProperty("ref")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String ref;

    @JsonProperty("debug")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean debug;

    @JsonProperty("params")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Map<String, String> params;

    @JsonProperty("exitCode")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Long> exitCode;

    @JsonProperty("output")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Map<String, Object>> output;

    @JsonProperty("queuedAt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime queuedAt;

    @JsonProperty("startedAt")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<OffsetDateTime> startedAt;

    @JsonProperty("finishedAt")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<OffsetDateTime> finishedAt;

    private final Map<String, Object> additionalProperties;

    private Job(Builder builder) {
        this.id = builder.id;
        this.triggerId = builder.triggerId;
        this.agentId = builder.agentId;
        this.workflowName = builder.workflowName;
        this.status = builder.status;
        this.ref = builder.ref;
        this.debug = builder.debug;
        this.params = builder.params;
        this.exitCode = builder.exitCode;
        this.output = builder.output;
        this.queuedAt = builder.queuedAt;
        this.startedAt = builder.startedAt;
        this.finishedAt = builder.finishedAt;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code Job}.
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
     * @return the <code>id</code> field (required)
     */
    public String id() {
        return id;
    }

    /**
     * The trigger that started it.
     *
     * @return the <code>triggerId</code> field (required)
     */
    public String triggerId() {
        return triggerId;
    }

    /**
     * The agent that runs it.
     *
     * @return the <code>agentId</code> field (required)
     */
    public String agentId() {
        return agentId;
    }

    /**
     * @return the <code>workflowName</code> field (required)
     */
    public String workflowName() {
        return workflowName;
    }

    /**
     * @return the <code>status</code> field (required)
     */
    public JobStatus status() {
        return status;
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
     * Set when the job finished.
     *
     * @return the <code>exitCode</code> field: absent, null, or a value
     */
    public JsonNullable<Long> exitCode() {
        return exitCode;
    }

    /**
     * Set when the job finished.
     *
     * @return the <code>output</code> field: absent, null, or a value
     */
    public JsonNullable<Map<String, Object>> output() {
        return output;
    }

    /**
     * @return the <code>queuedAt</code> field (required)
     */
    public OffsetDateTime queuedAt() {
        return queuedAt;
    }

    /**
     * When the agent took the job.
     *
     * @return the <code>startedAt</code> field: absent, null, or a value
     */
    public JsonNullable<OffsetDateTime> startedAt() {
        return startedAt;
    }

    /**
     * When the result arrived.
     *
     * @return the <code>finishedAt</code> field: absent, null, or a value
     */
    public JsonNullable<OffsetDateTime> finishedAt() {
        return finishedAt;
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
        if (!(other instanceof Job)) {
            return false;
        }
        Job that = (Job) other;
        return Objects.deepEquals(id, that.id)
                && Objects.deepEquals(triggerId, that.triggerId)
                && Objects.deepEquals(agentId, that.agentId)
                && Objects.deepEquals(workflowName, that.workflowName)
                && Objects.deepEquals(status, that.status)
                && Objects.deepEquals(ref, that.ref)
                && Objects.deepEquals(debug, that.debug)
                && Objects.deepEquals(params, that.params)
                && Objects.deepEquals(exitCode, that.exitCode)
                && Objects.deepEquals(output, that.output)
                && Objects.deepEquals(queuedAt, that.queuedAt)
                && Objects.deepEquals(startedAt, that.startedAt)
                && Objects.deepEquals(finishedAt, that.finishedAt)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {id, triggerId, agentId, workflowName, status, ref, debug, params, exitCode, output, queuedAt, startedAt, finishedAt, additionalProperties});
    }

    @Override
    public String toString() {
        return "Job{"
                + "id=" + id
                + ", triggerId=" + triggerId
                + ", agentId=" + agentId
                + ", workflowName=" + workflowName
                + ", status=" + status
                + ", ref=" + ref
                + ", debug=" + debug
                + ", params=" + params
                + ", exitCode=" + exitCode
                + ", output=" + output
                + ", queuedAt=" + queuedAt
                + ", startedAt=" + startedAt
                + ", finishedAt=" + finishedAt
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link Job}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String id;
        private String triggerId;
        private String agentId;
        private String workflowName;
        private JobStatus status;
        private String ref;
        private Boolean debug;
        private Map<String, String> params;
        private JsonNullable<Long> exitCode = JsonNullable.undefined();
        private JsonNullable<Map<String, Object>> output = JsonNullable.undefined();
        private OffsetDateTime queuedAt;
        private JsonNullable<OffsetDateTime> startedAt = JsonNullable.undefined();
        private JsonNullable<OffsetDateTime> finishedAt = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(Job source) {
            this.id = source.id;
            this.triggerId = source.triggerId;
            this.agentId = source.agentId;
            this.workflowName = source.workflowName;
            this.status = source.status;
            this.ref = source.ref;
            this.debug = source.debug;
            this.params = source.params;
            this.exitCode = source.exitCode;
            this.output = source.output;
            this.queuedAt = source.queuedAt;
            this.startedAt = source.startedAt;
            this.finishedAt = source.finishedAt;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>id</code> (required).
         *
         * @param id the value
         * @return this builder
         */
        @JsonProperty("id")
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets <code>triggerId</code> (required).
         *
         * @param triggerId the value
         * @return this builder
         */
        @JsonProperty("triggerId")
        public Builder triggerId(String triggerId) {
            this.triggerId = triggerId;
            return this;
        }

        /**
         * Sets <code>agentId</code> (required).
         *
         * @param agentId the value
         * @return this builder
         */
        @JsonProperty("agentId")
        public Builder agentId(String agentId) {
            this.agentId = agentId;
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
         * Sets <code>status</code> (required).
         *
         * @param status the value
         * @return this builder
         */
        @JsonProperty("status")
        public Builder status(JobStatus status) {
            this.status = status;
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
         * Sets <code>exitCode</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param exitCode the value
         * @return this builder
         */
        @JsonProperty("exitCode")
        public Builder exitCode(Long exitCode) {
            this.exitCode = JsonNullable.of(exitCode);
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
         * Sets <code>queuedAt</code> (required).
         *
         * @param queuedAt the value
         * @return this builder
         */
        @JsonProperty("queuedAt")
        public Builder queuedAt(OffsetDateTime queuedAt) {
            this.queuedAt = queuedAt;
            return this;
        }

        /**
         * Sets <code>startedAt</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param startedAt the value
         * @return this builder
         */
        @JsonProperty("startedAt")
        public Builder startedAt(OffsetDateTime startedAt) {
            this.startedAt = JsonNullable.of(startedAt);
            return this;
        }

        /**
         * Sets <code>finishedAt</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param finishedAt the value
         * @return this builder
         */
        @JsonProperty("finishedAt")
        public Builder finishedAt(OffsetDateTime finishedAt) {
            this.finishedAt = JsonNullable.of(finishedAt);
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
         * @return a new {@link Job}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public Job build() {
            Checks.required(id, "Job.id");
            Checks.required(triggerId, "Job.triggerId");
            Checks.required(agentId, "Job.agentId");
            Checks.required(workflowName, "Job.workflowName");
            Checks.required(status, "Job.status");
            Checks.required(ref, "Job.ref");
            Checks.required(debug, "Job.debug");
            Checks.required(params, "Job.params");
            Checks.required(queuedAt, "Job.queuedAt");
            return new Job(this);
        }

        private Job buildFromJson() {
            return new Job(this);
        }
    }
}
