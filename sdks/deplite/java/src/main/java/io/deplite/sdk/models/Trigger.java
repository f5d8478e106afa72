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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Trigger model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = Trigger.Builder.class)
public final class Trigger {
    @JsonProperty("id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String id;

    @JsonProperty("orgId")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String orgId;

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
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final TriggerScope scopeType;

    @JsonProperty("type")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final TriggerType type;

    @JsonProperty("responseMode")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final ResponseMode responseMode;

    @JsonProperty("allowedRefs")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final List<String> allowedRefs;

    @JsonProperty("createdAt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime createdAt;

    @JsonProperty("updatedAt")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<OffsetDateTime> updatedAt;

    private final Map<String, Object> additionalProperties;

    private Trigger(Builder builder) {
        this.id = builder.id;
        this.orgId = builder.orgId;
        this.agentId = builder.agentId;
        this.name = builder.name;
        this.workflowName = builder.workflowName;
        this.scopeType = builder.scopeType;
        this.type = builder.type;
        this.responseMode = builder.responseMode;
        this.allowedRefs = builder.allowedRefs;
        this.createdAt = builder.createdAt;
        this.updatedAt = builder.updatedAt;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code Trigger}.
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
     * The trigger's id.
     *
     * @return the <code>id</code> field (required)
     */
    public String id() {
        return id;
    }

    /**
     * The organisation it belongs to.
     *
     * @return the <code>orgId</code> field (required)
     */
    public String orgId() {
        return orgId;
    }

    /**
     * The agent whose workflow it runs.
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
     * The workflow it runs (with <code>scopeType</code> <code>agent</code>
     *
     * @return the <code>workflowName</code> field (required)
     */
    public String workflowName() {
        return workflowName;
    }

    /**
     * @return the <code>scopeType</code> field (required)
     */
    public TriggerScope scopeType() {
        return scopeType;
    }

    /**
     * @return the <code>type</code> field (required)
     */
    public TriggerType type() {
        return type;
    }

    /**
     * @return the <code>responseMode</code> field (required)
     */
    public ResponseMode responseMode() {
        return responseMode;
    }

    /**
     * Refs a run may ask for; <code>*</code> in a pattern matches any run of characters
     * (<code>release/*</code>). Empty: any ref.
     *
     * @return the <code>allowedRefs</code> field (required)
     */
    public List<String> allowedRefs() {
        return allowedRefs;
    }

    /**
     * @return the <code>createdAt</code> field (required)
     */
    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /**
     * @return the <code>updatedAt</code> field; empty when absent
     */
    public Optional<OffsetDateTime> updatedAt() {
        return updatedAt.toOptional();
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
        if (!(other instanceof Trigger)) {
            return false;
        }
        Trigger that = (Trigger) other;
        return Objects.deepEquals(id, that.id)
                && Objects.deepEquals(orgId, that.orgId)
                && Objects.deepEquals(agentId, that.agentId)
                && Objects.deepEquals(name, that.name)
                && Objects.deepEquals(workflowName, that.workflowName)
                && Objects.deepEquals(scopeType, that.scopeType)
                && Objects.deepEquals(type, that.type)
                && Objects.deepEquals(responseMode, that.responseMode)
                && Objects.deepEquals(allowedRefs, that.allowedRefs)
                && Objects.deepEquals(createdAt, that.createdAt)
                && Objects.deepEquals(updatedAt, that.updatedAt)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {id, orgId, agentId, name, workflowName, scopeType, type, responseMode, allowedRefs, createdAt, updatedAt, additionalProperties});
    }

    @Override
    public String toString() {
        return "Trigger{"
                + "id=" + id
                + ", orgId=" + orgId
                + ", agentId=" + agentId
                + ", name=" + name
                + ", workflowName=" + workflowName
                + ", scopeType=" + scopeType
                + ", type=" + type
                + ", responseMode=" + responseMode
                + ", allowedRefs=" + allowedRefs
                + ", createdAt=" + createdAt
                + ", updatedAt=" + updatedAt
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link Trigger}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String id;
        private String orgId;
        private String agentId;
        private String name;
        private String workflowName;
        private TriggerScope scopeType;
        private TriggerType type;
        private ResponseMode responseMode;
        private List<String> allowedRefs;
        private OffsetDateTime createdAt;
        private JsonNullable<OffsetDateTime> updatedAt = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(Trigger source) {
            this.id = source.id;
            this.orgId = source.orgId;
            this.agentId = source.agentId;
            this.name = source.name;
            this.workflowName = source.workflowName;
            this.scopeType = source.scopeType;
            this.type = source.type;
            this.responseMode = source.responseMode;
            this.allowedRefs = source.allowedRefs;
            this.createdAt = source.createdAt;
            this.updatedAt = source.updatedAt;
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
         * Sets <code>orgId</code> (required).
         *
         * @param orgId the value
         * @return this builder
         */
        @JsonProperty("orgId")
        public Builder orgId(String orgId) {
            this.orgId = orgId;
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
         * Sets <code>scopeType</code> (required).
         *
         * @param scopeType the value
         * @return this builder
         */
        @JsonProperty("scopeType")
        public Builder scopeType(TriggerScope scopeType) {
            this.scopeType = scopeType;
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
         * Sets <code>responseMode</code> (required).
         *
         * @param responseMode the value
         * @return this builder
         */
        @JsonProperty("responseMode")
        public Builder responseMode(ResponseMode responseMode) {
            this.responseMode = responseMode;
            return this;
        }

        /**
         * Sets <code>allowedRefs</code> (required).
         *
         * @param allowedRefs the value
         * @return this builder
         */
        @JsonProperty("allowedRefs")
        public Builder allowedRefs(List<String> allowedRefs) {
            this.allowedRefs = allowedRefs;
            return this;
        }

        /**
         * Sets <code>createdAt</code> (required).
         *
         * @param createdAt the value
         * @return this builder
         */
        @JsonProperty("createdAt")
        public Builder createdAt(OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * Sets <code>updatedAt</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param updatedAt the value
         * @return this builder
         */
        @JsonProperty("updatedAt")
        public Builder updatedAt(OffsetDateTime updatedAt) {
            this.updatedAt = JsonNullable.of(updatedAt);
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
         * @return a new {@link Trigger}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public Trigger build() {
            Checks.required(id, "Trigger.id");
            Checks.required(orgId, "Trigger.orgId");
            Checks.required(agentId, "Trigger.agentId");
            Checks.required(name, "Trigger.name");
            Checks.required(workflowName, "Trigger.workflowName");
            Checks.required(scopeType, "Trigger.scopeType");
            Checks.required(type, "Trigger.type");
            Checks.required(responseMode, "Trigger.responseMode");
            Checks.required(allowedRefs, "Trigger.allowedRefs");
            Checks.required(createdAt, "Trigger.createdAt");
            return new Trigger(this);
        }

        private Trigger buildFromJson() {
            return new Trigger(this);
        }
    }
}
