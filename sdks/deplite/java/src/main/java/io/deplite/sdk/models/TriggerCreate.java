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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The TriggerCreate model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = TriggerCreate.Builder.class)
public final class TriggerCreate {
    @JsonProperty("agentId")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String agentId;

    @JsonProperty("name")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String name;

    @JsonProperty("workflowName")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String workflowName;

    @JsonProperty("scopeType")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<TriggerScope> scopeType;

    @JsonProperty("type")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final TriggerType type;

    @JsonProperty("responseMode")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<ResponseMode> responseMode;

    @JsonProperty("allowedRefs")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<List<String>> allowedRefs;

    private final Map<String, Object> additionalProperties;

    private TriggerCreate(Builder builder) {
        this.agentId = builder.agentId;
        this.name = builder.name;
        this.workflowName = builder.workflowName;
        this.scopeType = builder.scopeType;
        this.type = builder.type;
        this.responseMode = builder.responseMode;
        this.allowedRefs = builder.allowedRefs;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code TriggerCreate}.
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
     * The agent to run on; it must belong to the organisation.
     *
     * @return the <code>agentId</code> field (required)
     */
    public String agentId() {
        return agentId;
    }

    /**
     * A display name.
     *
     * @return the <code>name</code> field (required)
     */
    public String name() {
        return name;
    }

    /**
     * The workflow to run.
     *
     * @return the <code>workflowName</code> field (required)
     */
    public String workflowName() {
        return workflowName;
    }

    /**
     * @return the <code>scopeType</code> field; empty when absent
     */
    public Optional<TriggerScope> scopeType() {
        return scopeType.toOptional();
    }

    /**
     * @return the <code>type</code> field (required)
     */
    public TriggerType type() {
        return type;
    }

    /**
     * @return the <code>responseMode</code> field; empty when absent
     */
    public Optional<ResponseMode> responseMode() {
        return responseMode.toOptional();
    }

    /**
     * Ref patterns a run may ask for; leave out or empty for any.
     *
     * @return the <code>allowedRefs</code> field; empty when absent
     */
    public Optional<List<String>> allowedRefs() {
        return allowedRefs.toOptional();
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
        if (!(other instanceof TriggerCreate)) {
            return false;
        }
        TriggerCreate that = (TriggerCreate) other;
        return Objects.deepEquals(agentId, that.agentId)
                && Objects.deepEquals(name, that.name)
                && Objects.deepEquals(workflowName, that.workflowName)
                && Objects.deepEquals(scopeType, that.scopeType)
                && Objects.deepEquals(type, that.type)
                && Objects.deepEquals(responseMode, that.responseMode)
                && Objects.deepEquals(allowedRefs, that.allowedRefs)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {agentId, name, workflowName, scopeType, type, responseMode, allowedRefs, additionalProperties});
    }

    @Override
    public String toString() {
        return "TriggerCreate{"
                + "agentId=" + agentId
                + ", name=" + name
                + ", workflowName=" + workflowName
                + ", scopeType=" + scopeType
                + ", type=" + type
                + ", responseMode=" + responseMode
                + ", allowedRefs=" + allowedRefs
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link TriggerCreate}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String agentId;
        private String name;
        private String workflowName;
        private JsonNullable<TriggerScope> scopeType = JsonNullable.undefined();
        private TriggerType type;
        private JsonNullable<ResponseMode> responseMode = JsonNullable.undefined();
        private JsonNullable<List<String>> allowedRefs = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(TriggerCreate source) {
            this.agentId = source.agentId;
            this.name = source.name;
            this.workflowName = source.workflowName;
            this.scopeType = source.scopeType;
            this.type = source.type;
            this.responseMode = source.responseMode;
            this.allowedRefs = source.allowedRefs;
            this.additionalProperties.putAll(source.additionalProperties);
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
         * Sets <code>scopeType</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param scopeType the value
         * @return this builder
         */
        @JsonProperty("scopeType")
        public Builder scopeType(TriggerScope scopeType) {
            this.scopeType = JsonNullable.of(scopeType);
            return this;
        }

        /**
         * Sets <code>type</code> (required).
         *
         * @param type the value
         * @return this builder
         */
        @JsonProperty("type")
        public Builder type(TriggerType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets <code>responseMode</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param responseMode the value
         * @return this builder
         */
        @JsonProperty("responseMode")
        public Builder responseMode(ResponseMode responseMode) {
            this.responseMode = JsonNullable.of(responseMode);
            return this;
        }

        /**
         * Sets <code>allowedRefs</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param allowedRefs the value
         * @return this builder
         */
        @JsonProperty("allowedRefs")
        public Builder allowedRefs(List<String> allowedRefs) {
            this.allowedRefs = JsonNullable.of(allowedRefs);
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
         * @return a new {@link TriggerCreate}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public TriggerCreate build() {
            Checks.required(agentId, "TriggerCreate.agentId");
            Checks.required(name, "TriggerCreate.name");
            Checks.required(workflowName, "TriggerCreate.workflowName");
            Checks.required(type, "TriggerCreate.type");
            return new TriggerCreate(this);
        }

        private TriggerCreate buildFromJson() {
            return new TriggerCreate(this);
        }
    }
}
