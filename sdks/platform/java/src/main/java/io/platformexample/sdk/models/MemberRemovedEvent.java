package io.platformexample.sdk.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.platformexample.sdk.core.Checks;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A member was removed from a tenant.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = MemberRemovedEvent.Builder.class)
public final class MemberRemovedEvent implements PlatformEvent {
    @JsonProperty("id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String id;

    @JsonProperty("type")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final MemberRemovedEventType type;

    @JsonProperty("tenantId")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String tenantId;

    @JsonProperty("createdAt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime createdAt;

    @JsonProperty("data")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final MemberRemovedData data;

    private final Map<String, Object> additionalProperties;

    private MemberRemovedEvent(Builder builder) {
        this.id = builder.id;
        this.type = builder.type;
        this.tenantId = builder.tenantId;
        this.createdAt = builder.createdAt;
        this.data = builder.data;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code MemberRemovedEvent}.
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
     * The event's id (increasing).
     *
     * @return the <code>id</code> field (required)
     */
    public String id() {
        return id;
    }

    /**
     * The event type.
     *
     * @return the <code>type</code> field (required)
     */
    public MemberRemovedEventType type() {
        return type;
    }

    /**
     * The tenant left.
     *
     * @return the <code>tenantId</code> field (required)
     */
    public String tenantId() {
        return tenantId;
    }

    /**
     * @return the <code>createdAt</code> field (required)
     */
    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /**
     * @return the <code>data</code> field (required)
     */
    public MemberRemovedData data() {
        return data;
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
        if (!(other instanceof MemberRemovedEvent)) {
            return false;
        }
        MemberRemovedEvent that = (MemberRemovedEvent) other;
        return Objects.deepEquals(id, that.id)
                && Objects.deepEquals(type, that.type)
                && Objects.deepEquals(tenantId, that.tenantId)
                && Objects.deepEquals(createdAt, that.createdAt)
                && Objects.deepEquals(data, that.data)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {id, type, tenantId, createdAt, data, additionalProperties});
    }

    @Override
    public String toString() {
        return "MemberRemovedEvent{"
                + "id=" + id
                + ", type=" + type
                + ", tenantId=" + tenantId
                + ", createdAt=" + createdAt
                + ", data=" + data
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link MemberRemovedEvent}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String id;
        private MemberRemovedEventType type;
        private String tenantId;
        private OffsetDateTime createdAt;
        private MemberRemovedData data;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(MemberRemovedEvent source) {
            this.id = source.id;
            this.type = source.type;
            this.tenantId = source.tenantId;
            this.createdAt = source.createdAt;
            this.data = source.data;
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
         * Sets <code>type</code> (required).
         *
         * @param type the value
         * @return this builder
         */
        @JsonProperty("type")
        public Builder type(MemberRemovedEventType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets <code>tenantId</code> (required).
         *
         * @param tenantId the value
         * @return this builder
         */
        @JsonProperty("tenantId")
        public Builder tenantId(String tenantId) {
            this.tenantId = tenantId;
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
         * Sets <code>data</code> (required).
         *
         * @param data the value
         * @return this builder
         */
        @JsonProperty("data")
        public Builder data(MemberRemovedData data) {
            this.data = data;
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
         * @return a new {@link MemberRemovedEvent}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public MemberRemovedEvent build() {
            Checks.required(id, "MemberRemovedEvent.id");
            Checks.required(type, "MemberRemovedEvent.type");
            Checks.required(tenantId, "MemberRemovedEvent.tenantId");
            Checks.required(createdAt, "MemberRemovedEvent.createdAt");
            Checks.required(data, "MemberRemovedEvent.data");
            return new MemberRemovedEvent(this);
        }

        private MemberRemovedEvent buildFromJson() {
            return new MemberRemovedEvent(this);
        }
    }
}
