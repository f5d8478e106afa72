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
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A webhook, without its secret.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = Webhook.Builder.class)
public final class Webhook {
    @JsonProperty("id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String id;

    @JsonProperty("tenantId")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String tenantId;

    @JsonProperty("name")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String name;

    @JsonProperty("description")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String description;

    @JsonProperty("url")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String url;

    @JsonProperty("secretPreview")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String secretPreview;

    @JsonProperty("events")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final List<EventType> events;

    @JsonProperty("isActive")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean isActive;

    @JsonProperty("createdBy")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String createdBy;

    @JsonProperty("createdAt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime createdAt;

    @JsonProperty("updatedAt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime updatedAt;

    private final Map<String, Object> additionalProperties;

    private Webhook(Builder builder) {
        this.id = builder.id;
        this.tenantId = builder.tenantId;
        this.name = builder.name;
        this.description = builder.description;
        this.url = builder.url;
        this.secretPreview = builder.secretPreview;
        this.events = builder.events;
        this.isActive = builder.isActive;
        this.createdBy = builder.createdBy;
        this.createdAt = builder.createdAt;
        this.updatedAt = builder.updatedAt;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code Webhook}.
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
     * The webhook's id.
     *
     * @return the <code>id</code> field (required)
     */
    public String id() {
        return id;
    }

    /**
     * The tenant it belongs to.
     *
     * @return the <code>tenantId</code> field (required)
     */
    public String tenantId() {
        return tenantId;
    }

    /**
     * Its name.
     *
     * @return the <code>name</code> field (required)
     */
    public String name() {
        return name;
    }

    /**
     * What it is for.
     *
     * @return the <code>description</code> field (required)
     */
    public String description() {
        return description;
    }

    /**
     * @return the <code>url</code> field (required)
     */
    public String url() {
        return url;
    }

    /**
     * The signing secret's last eight characters.
     *
     * @return the <code>secretPreview</code> field (required)
     */
    public String secretPreview() {
        return secretPreview;
    }

    /**
     * The event types it receives.
     *
     * @return the <code>events</code> field (required)
     */
    public List<EventType> events() {
        return events;
    }

    /**
     * Whether deliveries are made.
     *
     * @return the <code>isActive</code> field (required)
     */
    public Boolean isActive() {
        return isActive;
    }

    /**
     * The id of the account or key that registered it.
     *
     * @return the <code>createdBy</code> field (required)
     */
    public String createdBy() {
        return createdBy;
    }

    /**
     * @return the <code>createdAt</code> field (required)
     */
    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /**
     * @return the <code>updatedAt</code> field (required)
     */
    public OffsetDateTime updatedAt() {
        return updatedAt;
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
        if (!(other instanceof Webhook)) {
            return false;
        }
        Webhook that = (Webhook) other;
        return Objects.deepEquals(id, that.id)
                && Objects.deepEquals(tenantId, that.tenantId)
                && Objects.deepEquals(name, that.name)
                && Objects.deepEquals(description, that.description)
                && Objects.deepEquals(url, that.url)
                && Objects.deepEquals(secretPreview, that.secretPreview)
                && Objects.deepEquals(events, that.events)
                && Objects.deepEquals(isActive, that.isActive)
                && Objects.deepEquals(createdBy, that.createdBy)
                && Objects.deepEquals(createdAt, that.createdAt)
                && Objects.deepEquals(updatedAt, that.updatedAt)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {id, tenantId, name, description, url, secretPreview, events, isActive, createdBy, createdAt, updatedAt, additionalProperties});
    }

    @Override
    public String toString() {
        return "Webhook{"
                + "id=" + id
                + ", tenantId=" + tenantId
                + ", name=" + name
                + ", description=" + description
                + ", url=" + url
                + ", secretPreview=" + secretPreview
                + ", events=" + events
                + ", isActive=" + isActive
                + ", createdBy=" + createdBy
                + ", createdAt=" + createdAt
                + ", updatedAt=" + updatedAt
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link Webhook}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String id;
        private String tenantId;
        private String name;
        private String description;
        private String url;
        private String secretPreview;
        private List<EventType> events;
        private Boolean isActive;
        private String createdBy;
        private OffsetDateTime createdAt;
        private OffsetDateTime updatedAt;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(Webhook source) {
            this.id = source.id;
            this.tenantId = source.tenantId;
            this.name = source.name;
            this.description = source.description;
            this.url = source.url;
            this.secretPreview = source.secretPreview;
            this.events = source.events;
            this.isActive = source.isActive;
            this.createdBy = source.createdBy;
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
         * Sets <code>description</code> (required).
         *
         * @param description the value
         * @return this builder
         */
        @JsonProperty("description")
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets <code>url</code> (required).
         *
         * @param url the value
         * @return this builder
         */
        @JsonProperty("url")
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * Sets <code>secretPreview</code> (required).
         *
         * @param secretPreview the value
         * @return this builder
         */
        @JsonProperty("secretPreview")
        public Builder secretPreview(String secretPreview) {
            this.secretPreview = secretPreview;
            return this;
        }

        /**
         * Sets <code>events</code> (required).
         *
         * @param events the value
         * @return this builder
         */
        @JsonProperty("events")
        public Builder events(List<EventType> events) {
            this.events = events;
            return this;
        }

        /**
         * Sets <code>isActive</code> (required).
         *
         * @param isActive the value
         * @return this builder
         */
        @JsonProperty("isActive")
        public Builder isActive(Boolean isActive) {
            this.isActive = isActive;
            return this;
        }

        /**
         * Sets <code>createdBy</code> (required).
         *
         * @param createdBy the value
         * @return this builder
         */
        @JsonProperty("createdBy")
        public Builder createdBy(String createdBy) {
            this.createdBy = createdBy;
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
         * Sets <code>updatedAt</code> (required).
         *
         * @param updatedAt the value
         * @return this builder
         */
        @JsonProperty("updatedAt")
        public Builder updatedAt(OffsetDateTime updatedAt) {
            this.updatedAt = updatedAt;
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
         * @return a new {@link Webhook}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public Webhook build() {
            Checks.required(id, "Webhook.id");
            Checks.required(tenantId, "Webhook.tenantId");
            Checks.required(name, "Webhook.name");
            Checks.required(description, "Webhook.description");
            Checks.required(url, "Webhook.url");
            Checks.required(secretPreview, "Webhook.secretPreview");
            Checks.required(events, "Webhook.events");
            Checks.required(isActive, "Webhook.isActive");
            Checks.required(createdBy, "Webhook.createdBy");
            Checks.required(createdAt, "Webhook.createdAt");
            Checks.required(updatedAt, "Webhook.updatedAt");
            return new Webhook(this);
        }

        private Webhook buildFromJson() {
            return new Webhook(this);
        }
    }
}
