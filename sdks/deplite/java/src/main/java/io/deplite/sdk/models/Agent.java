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
import java.util.Optional;

/**
 * The Agent model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = Agent.Builder.class)
public final class Agent {
    @JsonProperty("id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String id;

    @JsonProperty("orgId")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String orgId;

    @JsonProperty("name")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String name;

    @JsonProperty("status")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final AgentStatus status;

    @JsonProperty("hostname")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> hostname;

    @JsonProperty("version")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> version;

    @JsonProperty("lastSeenAt")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<OffsetDateTime> lastSeenAt;

    @JsonProperty("enrolledAt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime enrolledAt;

    private final Map<String, Object> additionalProperties;

    private Agent(Builder builder) {
        this.id = builder.id;
        this.orgId = builder.orgId;
        this.name = builder.name;
        this.status = builder.status;
        this.hostname = builder.hostname;
        this.version = builder.version;
        this.lastSeenAt = builder.lastSeenAt;
        this.enrolledAt = builder.enrolledAt;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code Agent}.
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
     * @return the <code>orgId</code> field (required)
     */
    public String orgId() {
        return orgId;
    }

    /**
     * @return the <code>name</code> field (required)
     */
    public String name() {
        return name;
    }

    /**
     * @return the <code>status</code> field (required)
     */
    public AgentStatus status() {
        return status;
    }

    /**
     * The machine's host name
     *
     * @return the <code>hostname</code> field; empty when absent
     */
    public Optional<String> hostname() {
        return hostname.toOptional();
    }

    /**
     * The agent's version.
     *
     * @return the <code>version</code> field; empty when absent
     */
    public Optional<String> version() {
        return version.toOptional();
    }

    /**
     * @return the <code>lastSeenAt</code> field: absent, null, or a value
     */
    public JsonNullable<OffsetDateTime> lastSeenAt() {
        return lastSeenAt;
    }

    /**
     * @return the <code>enrolledAt</code> field (required)
     */
    public OffsetDateTime enrolledAt() {
        return enrolledAt;
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
        if (!(other instanceof Agent)) {
            return false;
        }
        Agent that = (Agent) other;
        return Objects.deepEquals(id, that.id)
                && Objects.deepEquals(orgId, that.orgId)
                && Objects.deepEquals(name, that.name)
                && Objects.deepEquals(status, that.status)
                && Objects.deepEquals(hostname, that.hostname)
                && Objects.deepEquals(version, that.version)
                && Objects.deepEquals(lastSeenAt, that.lastSeenAt)
                && Objects.deepEquals(enrolledAt, that.enrolledAt)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {id, orgId, name, status, hostname, version, lastSeenAt, enrolledAt, additionalProperties});
    }

    @Override
    public String toString() {
        return "Agent{"
                + "id=" + id
                + ", orgId=" + orgId
                + ", name=" + name
                + ", status=" + status
                + ", hostname=" + hostname
                + ", version=" + version
                + ", lastSeenAt=" + lastSeenAt
                + ", enrolledAt=" + enrolledAt
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link Agent}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String id;
        private String orgId;
        private String name;
        private AgentStatus status;
        private JsonNullable<String> hostname = JsonNullable.undefined();
        private JsonNullable<String> version = JsonNullable.undefined();
        private JsonNullable<OffsetDateTime> lastSeenAt = JsonNullable.undefined();
        private OffsetDateTime enrolledAt;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(Agent source) {
            this.id = source.id;
            this.orgId = source.orgId;
            this.name = source.name;
            this.status = source.status;
            this.hostname = source.hostname;
            this.version = source.version;
            this.lastSeenAt = source.lastSeenAt;
            this.enrolledAt = source.enrolledAt;
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
         * Sets <code>status</code> (required).
         *
         * @param status the value
         * @return this builder
         */
        @JsonProperty("status")
        public Builder status(AgentStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets <code>hostname</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param hostname the value
         * @return this builder
         */
        @JsonProperty("hostname")
        public Builder hostname(String hostname) {
            this.hostname = JsonNullable.of(hostname);
            return this;
        }

        /**
         * Sets <code>version</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param version the value
         * @return this builder
         */
        @JsonProperty("version")
        public Builder version(String version) {
            this.version = JsonNullable.of(version);
            return this;
        }

        /**
         * Sets <code>lastSeenAt</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param lastSeenAt the value
         * @return this builder
         */
        @JsonProperty("lastSeenAt")
        public Builder lastSeenAt(OffsetDateTime lastSeenAt) {
            this.lastSeenAt = JsonNullable.of(lastSeenAt);
            return this;
        }

        /**
         * Sets <code>enrolledAt</code> (required).
         *
         * @param enrolledAt the value
         * @return this builder
         */
        @JsonProperty("enrolledAt")
        public Builder enrolledAt(OffsetDateTime enrolledAt) {
            this.enrolledAt = enrolledAt;
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
         * @return a new {@link Agent}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public Agent build() {
            Checks.required(id, "Agent.id");
            Checks.required(orgId, "Agent.orgId");
            Checks.required(name, "Agent.name");
            Checks.required(status, "Agent.status");
            Checks.required(enrolledAt, "Agent.enrolledAt");
            return new Agent(this);
        }

        private Agent buildFromJson() {
            return new Agent(this);
        }
    }
}
