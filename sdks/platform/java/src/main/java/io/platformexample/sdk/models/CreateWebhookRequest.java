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
import io.platformexample.sdk.core.JsonNullable;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The CreateWebhookRequest model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = CreateWebhookRequest.Builder.class)
public final class CreateWebhookRequest {
    @JsonProperty("name")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String name;

    @JsonProperty("description")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> description;

    @JsonProperty("url")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String url;

    @JsonProperty("events")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final List<EventType> events;

    private final Map<String, Object> additionalProperties;

    private CreateWebhookRequest(Builder builder) {
        this.name = builder.name;
        this.description = builder.description;
        this.url = builder.url;
        this.events = builder.events;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code CreateWebhookRequest}.
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
     * @return the <code>description</code> field; empty when absent
     */
    public Optional<String> description() {
        return description.toOptional();
    }

    /**
     * @return the <code>url</code> field (required)
     */
    public String url() {
        return url;
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
        if (!(other instanceof CreateWebhookRequest)) {
            return false;
        }
        CreateWebhookRequest that = (CreateWebhookRequest) other;
        return Objects.deepEquals(name, that.name)
                && Objects.deepEquals(description, that.description)
                && Objects.deepEquals(url, that.url)
                && Objects.deepEquals(events, that.events)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {name, description, url, events, additionalProperties});
    }

    @Override
    public String toString() {
        return "CreateWebhookRequest{"
                + "name=" + name
                + ", description=" + description
                + ", url=" + url
                + ", events=" + events
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link CreateWebhookRequest}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String name;
        private JsonNullable<String> description = JsonNullable.undefined();
        private String url;
        private List<EventType> events;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(CreateWebhookRequest source) {
            this.name = source.name;
            this.description = source.description;
            this.url = source.url;
            this.events = source.events;
            this.additionalProperties.putAll(source.additionalProperties);
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
         * @return a new {@link CreateWebhookRequest}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public CreateWebhookRequest build() {
            Checks.required(name, "CreateWebhookRequest.name");
            Checks.required(url, "CreateWebhookRequest.url");
            Checks.required(events, "CreateWebhookRequest.events");
            return new CreateWebhookRequest(this);
        }

        private CreateWebhookRequest buildFromJson() {
            return new CreateWebhookRequest(this);
        }
    }
}
