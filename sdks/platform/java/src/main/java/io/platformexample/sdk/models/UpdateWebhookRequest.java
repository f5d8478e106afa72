package io.platformexample.sdk.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.platformexample.sdk.core.JsonNullable;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The UpdateWebhookRequest model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = UpdateWebhookRequest.Builder.class)
public final class UpdateWebhookRequest {
    @JsonProperty("name")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> name;

    @JsonProperty("description")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> description;

    @JsonProperty("url")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> url;

    @JsonProperty("events")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<List<EventType>> events;

    @JsonProperty("isActive")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Boolean> isActive;

    private final Map<String, Object> additionalProperties;

    private UpdateWebhookRequest(Builder builder) {
        this.name = builder.name;
        this.description = builder.description;
        this.url = builder.url;
        this.events = builder.events;
        this.isActive = builder.isActive;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code UpdateWebhookRequest}.
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
     * A new name.
     *
     * @return the <code>name</code> field; empty when absent
     */
    public Optional<String> name() {
        return name.toOptional();
    }

    /**
     * A new description.
     *
     * @return the <code>description</code> field; empty when absent
     */
    public Optional<String> description() {
        return description.toOptional();
    }

    /**
     * @return the <code>url</code> field; empty when absent
     */
    public Optional<String> url() {
        return url.toOptional();
    }

    /**
     * The event types it receives from now on.
     *
     * @return the <code>events</code> field; empty when absent
     */
    public Optional<List<EventType>> events() {
        return events.toOptional();
    }

    /**
     * Pause (false) or resume (true) deliveries.
     *
     * @return the <code>isActive</code> field; empty when absent
     */
    public Optional<Boolean> isActive() {
        return isActive.toOptional();
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
        if (!(other instanceof UpdateWebhookRequest)) {
            return false;
        }
        UpdateWebhookRequest that = (UpdateWebhookRequest) other;
        return Objects.deepEquals(name, that.name)
                && Objects.deepEquals(description, that.description)
                && Objects.deepEquals(url, that.url)
                && Objects.deepEquals(events, that.events)
                && Objects.deepEquals(isActive, that.isActive)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {name, description, url, events, isActive, additionalProperties});
    }

    @Override
    public String toString() {
        return "UpdateWebhookRequest{"
                + "name=" + name
                + ", description=" + description
                + ", url=" + url
                + ", events=" + events
                + ", isActive=" + isActive
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link UpdateWebhookRequest}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private JsonNullable<String> name = JsonNullable.undefined();
        private JsonNullable<String> description = JsonNullable.undefined();
        private JsonNullable<String> url = JsonNullable.undefined();
        private JsonNullable<List<EventType>> events = JsonNullable.undefined();
        private JsonNullable<Boolean> isActive = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(UpdateWebhookRequest source) {
            this.name = source.name;
            this.description = source.description;
            this.url = source.url;
            this.events = source.events;
            this.isActive = source.isActive;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>name</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param name the value
         * @return this builder
         */
        @JsonProperty("name")
        public Builder name(String name) {
            this.name = JsonNullable.of(name);
            return this;
        }

        /**
         * Sets <code>description</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param description the value
         * @return this builder
         */
        @JsonProperty("description")
        public Builder description(String description) {
            this.description = JsonNullable.of(description);
            return this;
        }

        /**
         * Sets <code>url</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param url the value
         * @return this builder
         */
        @JsonProperty("url")
        public Builder url(String url) {
            this.url = JsonNullable.of(url);
            return this;
        }

        /**
         * Sets <code>events</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param events the value
         * @return this builder
         */
        @JsonProperty("events")
        public Builder events(List<EventType> events) {
            this.events = JsonNullable.of(events);
            return this;
        }

        /**
         * Sets <code>isActive</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param isActive the value
         * @return this builder
         */
        @JsonProperty("isActive")
        public Builder isActive(Boolean isActive) {
            this.isActive = JsonNullable.of(isActive);
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
         * @return a new {@link UpdateWebhookRequest}
         */
        public UpdateWebhookRequest build() {
            return new UpdateWebhookRequest(this);
        }

        private UpdateWebhookRequest buildFromJson() {
            return new UpdateWebhookRequest(this);
        }
    }
}
