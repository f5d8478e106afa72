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
 * The RunQueued model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = RunQueued.Builder.class)
public final class RunQueued {
    @JsonProperty("jobId")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String jobId;

    @JsonProperty("status")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final RunQueuedStatus status;

    @JsonProperty("statusUrl")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String statusUrl;

    private final Map<String, Object> additionalProperties;

    private RunQueued(Builder builder) {
        this.jobId = builder.jobId;
        this.status = builder.status;
        this.statusUrl = builder.statusUrl;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code RunQueued}.
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
     * The job that was started.
     *
     * @return the <code>jobId</code> field (required)
     */
    public String jobId() {
        return jobId;
    }

    /**
     * Where the job stands now.
     *
     * @return the <code>status</code> field (required)
     */
    public RunQueuedStatus status() {
        return status;
    }

    /**
     * The user-API path to poll the job at (<code>/api/jobs/{id}</code>).
     *
     * @return the <code>statusUrl</code> field (required)
     */
    public String statusUrl() {
        return statusUrl;
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
        if (!(other instanceof RunQueued)) {
            return false;
        }
        RunQueued that = (RunQueued) other;
        return Objects.deepEquals(jobId, that.jobId)
                && Objects.deepEquals(status, that.status)
                && Objects.deepEquals(statusUrl, that.statusUrl)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {jobId, status, statusUrl, additionalProperties});
    }

    @Override
    public String toString() {
        return "RunQueued{"
                + "jobId=" + jobId
                + ", status=" + status
                + ", statusUrl=" + statusUrl
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link RunQueued}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String jobId;
        private RunQueuedStatus status;
        private String statusUrl;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(RunQueued source) {
            this.jobId = source.jobId;
            this.status = source.status;
            this.statusUrl = source.statusUrl;
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
         * Sets <code>status</code> (required).
         *
         * @param status the value
         * @return this builder
         */
        @JsonProperty("status")
        public Builder status(RunQueuedStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets <code>statusUrl</code> (required).
         *
         * @param statusUrl the value
         * @return this builder
         */
        @JsonProperty("statusUrl")
        public Builder statusUrl(String statusUrl) {
            this.statusUrl = statusUrl;
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
         * @return a new {@link RunQueued}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public RunQueued build() {
            Checks.required(jobId, "RunQueued.jobId");
            Checks.required(status, "RunQueued.status");
            Checks.required(statusUrl, "RunQueued.statusUrl");
            return new RunQueued(this);
        }

        private RunQueued buildFromJson() {
            return new RunQueued(this);
        }
    }
}
