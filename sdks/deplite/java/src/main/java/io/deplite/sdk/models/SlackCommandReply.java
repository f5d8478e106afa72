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
 * The SlackCommandReply model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = SlackCommandReply.Builder.class)
public final class SlackCommandReply {
    @JsonProperty("response_type")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final SlackCommandReplyResponseType responseType;

    @JsonProperty("text")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String text;

    private final Map<String, Object> additionalProperties;

    private SlackCommandReply(Builder builder) {
        this.responseType = builder.responseType;
        this.text = builder.text;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code SlackCommandReply}.
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
     * @return the <code>response_type</code> field (required)
     */
    public SlackCommandReplyResponseType responseType() {
        return responseType;
    }

    /**
     * @return the <code>text</code> field (required)
     */
    public String text() {
        return text;
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
        if (!(other instanceof SlackCommandReply)) {
            return false;
        }
        SlackCommandReply that = (SlackCommandReply) other;
        return Objects.deepEquals(responseType, that.responseType)
                && Objects.deepEquals(text, that.text)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {responseType, text, additionalProperties});
    }

    @Override
    public String toString() {
        return "SlackCommandReply{"
                + "responseType=" + responseType
                + ", text=" + text
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link SlackCommandReply}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private SlackCommandReplyResponseType responseType;
        private String text;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(SlackCommandReply source) {
            this.responseType = source.responseType;
            this.text = source.text;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>response_type</code> (required).
         *
         * @param responseType the value
         * @return this builder
         */
        @JsonProperty("response_type")
        public Builder responseType(SlackCommandReplyResponseType responseType) {
            this.responseType = responseType;
            return this;
        }

        /**
         * Sets <code>text</code> (required).
         *
         * @param text the value
         * @return this builder
         */
        @JsonProperty("text")
        public Builder text(String text) {
            this.text = text;
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
         * @return a new {@link SlackCommandReply}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public SlackCommandReply build() {
            Checks.required(responseType, "SlackCommandReply.responseType");
            Checks.required(text, "SlackCommandReply.text");
            return new SlackCommandReply(this);
        }

        private SlackCommandReply buildFromJson() {
            return new SlackCommandReply(this);
        }
    }
}
