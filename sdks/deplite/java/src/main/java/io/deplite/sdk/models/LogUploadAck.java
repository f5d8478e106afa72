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
 * The LogUploadAck model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = LogUploadAck.Builder.class)
public final class LogUploadAck {
    @JsonProperty("accepted")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Long accepted;

    @JsonProperty("nextSeq")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Long nextSeq;

    private final Map<String, Object> additionalProperties;

    private LogUploadAck(Builder builder) {
        this.accepted = builder.accepted;
        this.nextSeq = builder.nextSeq;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code LogUploadAck}.
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
     * How many lines were new.
     *
     * @return the <code>accepted</code> field (required)
     */
    public Long accepted() {
        return accepted;
    }

    /**
     * One past the highest sequence number stored.
     *
     * @return the <code>nextSeq</code> field (required)
     */
    public Long nextSeq() {
        return nextSeq;
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
        if (!(other instanceof LogUploadAck)) {
            return false;
        }
        LogUploadAck that = (LogUploadAck) other;
        return Objects.deepEquals(accepted, that.accepted)
                && Objects.deepEquals(nextSeq, that.nextSeq)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {accepted, nextSeq, additionalProperties});
    }

    @Override
    public String toString() {
        return "LogUploadAck{"
                + "accepted=" + accepted
                + ", nextSeq=" + nextSeq
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link LogUploadAck}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private Long accepted;
        private Long nextSeq;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(LogUploadAck source) {
            this.accepted = source.accepted;
            this.nextSeq = source.nextSeq;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>accepted</code> (required).
         *
         * @param accepted the value
         * @return this builder
         */
        @JsonProperty("accepted")
        public Builder accepted(Long accepted) {
            this.accepted = accepted;
            return this;
        }

        /**
         * Sets <code>nextSeq</code> (required).
         *
         * @param nextSeq the value
         * @return this builder
         */
        @JsonProperty("nextSeq")
        public Builder nextSeq(Long nextSeq) {
            this.nextSeq = nextSeq;
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
         * @return a new {@link LogUploadAck}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public LogUploadAck build() {
            Checks.required(accepted, "LogUploadAck.accepted");
            Checks.required(nextSeq, "LogUploadAck.nextSeq");
            return new LogUploadAck(this);
        }

        private LogUploadAck buildFromJson() {
            return new LogUploadAck(this);
        }
    }
}
