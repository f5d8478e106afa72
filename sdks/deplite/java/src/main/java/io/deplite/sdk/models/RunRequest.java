package io.deplite.sdk.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.deplite.sdk.core.JsonNullable;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to run.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = RunRequest.Builder.class)
public final class RunRequest {
    @JsonProperty("ref")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> ref;

    @JsonProperty("debug")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Boolean> debug;

    @JsonProperty("workflowName")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> workflowName;

    @JsonProperty("params")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Map<String, String>> params;

    private final Map<String, Object> additionalProperties;

    private RunRequest(Builder builder) {
        this.ref = builder.ref;
        this.debug = builder.debug;
        this.workflowName = builder.workflowName;
        this.params = builder.params;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code RunRequest}.
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
     * The git ref to run at; must match the trigger's <code>allowedRefs</code> when it has any.
     * Default <code>main</code>.
     *
     * @return the <code>ref</code> field; empty when absent
     */
    public Optional<String> ref() {
        return ref.toOptional();
    }

    /**
     * Ask the agent for verbose logs.
     *
     * @return the <code>debug</code> field; empty when absent
     */
    public Optional<Boolean> debug() {
        return debug.toOptional();
    }

    /**
     * With a trigger of <code>scopeType</code> <code>agent</code>, the workflow to run (default
     * the trigger's).
     *
     * @return the <code>workflowName</code> field; empty when absent
     */
    public Optional<String> workflowName() {
        return workflowName.toOptional();
    }

    /**
     * Parameters handed to the workflow.
     *
     * @return the <code>params</code> field; empty when absent
     */
    public Optional<Map<String, String>> params() {
        return params.toOptional();
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
        if (!(other instanceof RunRequest)) {
            return false;
        }
        RunRequest that = (RunRequest) other;
        return Objects.deepEquals(ref, that.ref)
                && Objects.deepEquals(debug, that.debug)
                && Objects.deepEquals(workflowName, that.workflowName)
                && Objects.deepEquals(params, that.params)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {ref, debug, workflowName, params, additionalProperties});
    }

    @Override
    public String toString() {
        return "RunRequest{"
                + "ref=" + ref
                + ", debug=" + debug
                + ", workflowName=" + workflowName
                + ", params=" + params
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link RunRequest}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private JsonNullable<String> ref = JsonNullable.undefined();
        private JsonNullable<Boolean> debug = JsonNullable.undefined();
        private JsonNullable<String> workflowName = JsonNullable.undefined();
        private JsonNullable<Map<String, String>> params = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(RunRequest source) {
            this.ref = source.ref;
            this.debug = source.debug;
            this.workflowName = source.workflowName;
            this.params = source.params;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>ref</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param ref the value
         * @return this builder
         */
        @JsonProperty("ref")
        public Builder ref(String ref) {
            this.ref = JsonNullable.of(ref);
            return this;
        }

        /**
         * Sets <code>debug</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param debug the value
         * @return this builder
         */
        @JsonProperty("debug")
        public Builder debug(Boolean debug) {
            this.debug = JsonNullable.of(debug);
            return this;
        }

        /**
         * Sets <code>workflowName</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param workflowName the value
         * @return this builder
         */
        @JsonProperty("workflowName")
        public Builder workflowName(String workflowName) {
            this.workflowName = JsonNullable.of(workflowName);
            return this;
        }

        /**
         * Sets <code>params</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param params the value
         * @return this builder
         */
        @JsonProperty("params")
        public Builder params(Map<String, String> params) {
            this.params = JsonNullable.of(params);
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
         * @return a new {@link RunRequest}
         */
        public RunRequest build() {
            return new RunRequest(this);
        }

        private RunRequest buildFromJson() {
            return new RunRequest(this);
        }
    }
}
