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
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One attempt to deliver an event to a webhook.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = Delivery.Builder.class)
public final class Delivery {
    @JsonProperty("id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String id;

    @JsonProperty("webhookId")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String webhookId;

    @JsonProperty("eventId")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String eventId;

    @JsonProperty("eventType")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final EventType eventType;

    @JsonProperty("test")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean test;

    @JsonProperty("payload")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String payload;

    @JsonProperty("responseCode")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Long> responseCode;

    @JsonProperty("responseBody")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> responseBody;

    @JsonProperty("error")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> error;

    @JsonProperty("success")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean success;

    @JsonProperty("durationMs")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Long durationMs;

    @JsonProperty("createdAt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime createdAt;

    private final Map<String, Object> additionalProperties;

    private Delivery(Builder builder) {
        this.id = builder.id;
        this.webhookId = builder.webhookId;
        this.eventId = builder.eventId;
        this.eventType = builder.eventType;
        this.test = builder.test;
        this.payload = builder.payload;
        this.responseCode = builder.responseCode;
        this.responseBody = builder.responseBody;
        this.error = builder.error;
        this.success = builder.success;
        this.durationMs = builder.durationMs;
        this.createdAt = builder.createdAt;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code Delivery}.
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
     * The delivery's id.
     *
     * @return the <code>id</code> field (required)
     */
    public String id() {
        return id;
    }

    /**
     * The webhook it went to.
     *
     * @return the <code>webhookId</code> field (required)
     */
    public String webhookId() {
        return webhookId;
    }

    /**
     * The event delivered.
     *
     * @return the <code>eventId</code> field (required)
     */
    public String eventId() {
        return eventId;
    }

    /**
     * @return the <code>eventType</code> field (required)
     */
    public EventType eventType() {
        return eventType;
    }

    /**
     * Whether it was a test delivery.
     *
     * @return the <code>test</code> field (required)
     */
    public Boolean test() {
        return test;
    }

    /**
     * The body sent, exactly.
     *
     * @return the <code>payload</code> field (required)
     */
    public String payload() {
        return payload;
    }

    /**
     * The receiver's HTTP status; null when no answer came.
     *
     * @return the <code>responseCode</code> field: absent, null, or a value
     */
    public JsonNullable<Long> responseCode() {
        return responseCode;
    }

    /**
     * The start of the receiver's answer (up to 1000 characters); null when none came.
     *
     * @return the <code>responseBody</code> field: absent, null, or a value
     */
    public JsonNullable<String> responseBody() {
        return responseBody;
    }

    /**
     * Why no answer came (connection refused, timeout), or null.
     *
     * @return the <code>error</code> field: absent, null, or a value
     */
    public JsonNullable<String> error() {
        return error;
    }

    /**
     * Whether the receiver answered with a 2xx status.
     *
     * @return the <code>success</code> field (required)
     */
    public Boolean success() {
        return success;
    }

    /**
     * How long the attempt took.
     *
     * @return the <code>durationMs</code> field (required)
     */
    public Long durationMs() {
        return durationMs;
    }

    /**
     * @return the <code>createdAt</code> field (required)
     */
    public OffsetDateTime createdAt() {
        return createdAt;
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
        if (!(other instanceof Delivery)) {
            return false;
        }
        Delivery that = (Delivery) other;
        return Objects.deepEquals(id, that.id)
                && Objects.deepEquals(webhookId, that.webhookId)
                && Objects.deepEquals(eventId, that.eventId)
                && Objects.deepEquals(eventType, that.eventType)
                && Objects.deepEquals(test, that.test)
                && Objects.deepEquals(payload, that.payload)
                && Objects.deepEquals(responseCode, that.responseCode)
                && Objects.deepEquals(responseBody, that.responseBody)
                && Objects.deepEquals(error, that.error)
                && Objects.deepEquals(success, that.success)
                && Objects.deepEquals(durationMs, that.durationMs)
                && Objects.deepEquals(createdAt, that.createdAt)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {id, webhookId, eventId, eventType, test, payload, responseCode, responseBody, error, success, durationMs, createdAt, additionalProperties});
    }

    @Override
    public String toString() {
        return "Delivery{"
                + "id=" + id
                + ", webhookId=" + webhookId
                + ", eventId=" + eventId
                + ", eventType=" + eventType
                + ", test=" + test
                + ", payload=" + payload
                + ", responseCode=" + responseCode
                + ", responseBody=" + responseBody
                + ", error=" + error
                + ", success=" + success
                + ", durationMs=" + durationMs
                + ", createdAt=" + createdAt
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link Delivery}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String id;
        private String webhookId;
        private String eventId;
        private EventType eventType;
        private Boolean test;
        private String payload;
        private JsonNullable<Long> responseCode = JsonNullable.undefined();
        private JsonNullable<String> responseBody = JsonNullable.undefined();
        private JsonNullable<String> error = JsonNullable.undefined();
        private Boolean success;
        private Long durationMs;
        private OffsetDateTime createdAt;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(Delivery source) {
            this.id = source.id;
            this.webhookId = source.webhookId;
            this.eventId = source.eventId;
            this.eventType = source.eventType;
            this.test = source.test;
            this.payload = source.payload;
            this.responseCode = source.responseCode;
            this.responseBody = source.responseBody;
            this.error = source.error;
            this.success = source.success;
            this.durationMs = source.durationMs;
            this.createdAt = source.createdAt;
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
         * Sets <code>webhookId</code> (required).
         *
         * @param webhookId the value
         * @return this builder
         */
        @JsonProperty("webhookId")
        public Builder webhookId(String webhookId) {
            this.webhookId = webhookId;
            return this;
        }

        /**
         * Sets <code>eventId</code> (required).
         *
         * @param eventId the value
         * @return this builder
         */
        @JsonProperty("eventId")
        public Builder eventId(String eventId) {
            this.eventId = eventId;
            return this;
        }

        /**
         * Sets <code>eventType</code> (required).
         *
         * @param eventType the value
         * @return this builder
         */
        @JsonProperty("eventType")
        public Builder eventType(EventType eventType) {
            this.eventType = eventType;
            return this;
        }

        /**
         * Sets <code>test</code> (required).
         *
         * @param test the value
         * @return this builder
         */
        @JsonProperty("test")
        public Builder test(Boolean test) {
            this.test = test;
            return this;
        }

        /**
         * Sets <code>payload</code> (required).
         *
         * @param payload the value
         * @return this builder
         */
        @JsonProperty("payload")
        public Builder payload(String payload) {
            this.payload = payload;
            return this;
        }

        /**
         * Sets <code>responseCode</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param responseCode the value
         * @return this builder
         */
        @JsonProperty("responseCode")
        public Builder responseCode(Long responseCode) {
            this.responseCode = JsonNullable.of(responseCode);
            return this;
        }

        /**
         * Sets <code>responseBody</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param responseBody the value
         * @return this builder
         */
        @JsonProperty("responseBody")
        public Builder responseBody(String responseBody) {
            this.responseBody = JsonNullable.of(responseBody);
            return this;
        }

        /**
         * Sets <code>error</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param error the value
         * @return this builder
         */
        @JsonProperty("error")
        public Builder error(String error) {
            this.error = JsonNullable.of(error);
            return this;
        }

        /**
         * Sets <code>success</code> (required).
         *
         * @param success the value
         * @return this builder
         */
        @JsonProperty("success")
        public Builder success(Boolean success) {
            this.success = success;
            return this;
        }

        /**
         * Sets <code>durationMs</code> (required).
         *
         * @param durationMs the value
         * @return this builder
         */
        @JsonProperty("durationMs")
        public Builder durationMs(Long durationMs) {
            this.durationMs = durationMs;
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
         * @return a new {@link Delivery}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public Delivery build() {
            Checks.required(id, "Delivery.id");
            Checks.required(webhookId, "Delivery.webhookId");
            Checks.required(eventId, "Delivery.eventId");
            Checks.required(eventType, "Delivery.eventType");
            Checks.required(test, "Delivery.test");
            Checks.required(payload, "Delivery.payload");
            Checks.required(success, "Delivery.success");
            Checks.required(durationMs, "Delivery.durationMs");
            Checks.required(createdAt, "Delivery.createdAt");
            return new Delivery(this);
        }

        private Delivery buildFromJson() {
            return new Delivery(this);
        }
    }
}
