package ai.axhub.sdk.models;

import ai.axhub.sdk.core.Checks;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Handle of a bootstrap that has started.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = BootstrapAccepted.Builder.class)
public final class BootstrapAccepted {
    @JsonProperty("bootstrap_id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String bootstrapId;

    @JsonProperty("status_url")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String statusUrl;

    private final Map<String, Object> additionalProperties;

    private BootstrapAccepted(Builder builder) {
        this.bootstrapId = builder.bootstrapId;
        this.statusUrl = builder.statusUrl;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code BootstrapAccepted}.
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
     * ID to poll for progress.
     *
     * @return the <code>bootstrap_id</code> field (required)
     */
    public String bootstrapId() {
        return bootstrapId;
    }

    /**
     * Path of the progress endpoint for this bootstrap.
     *
     * @return the <code>status_url</code> field (required)
     */
    public String statusUrl() {
        return statusUrl;
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
        if (!(other instanceof BootstrapAccepted)) {
            return false;
        }
        BootstrapAccepted that = (BootstrapAccepted) other;
        return Objects.deepEquals(bootstrapId, that.bootstrapId)
                && Objects.deepEquals(statusUrl, that.statusUrl)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {bootstrapId, statusUrl, additionalProperties});
    }

    @Override
    public String toString() {
        return "BootstrapAccepted{"
                + "bootstrapId=" + bootstrapId
                + ", statusUrl=" + statusUrl
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link BootstrapAccepted}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String bootstrapId;
        private String statusUrl;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(BootstrapAccepted source) {
            this.bootstrapId = source.bootstrapId;
            this.statusUrl = source.statusUrl;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>bootstrap_id</code> (required).
         *
         * @param bootstrapId the value
         * @return this builder
         */
        @JsonProperty("bootstrap_id")
        public Builder bootstrapId(String bootstrapId) {
            this.bootstrapId = bootstrapId;
            return this;
        }

        /**
         * Sets <code>status_url</code> (required).
         *
         * @param statusUrl the value
         * @return this builder
         */
        @JsonProperty("status_url")
        public Builder statusUrl(String statusUrl) {
            this.statusUrl = statusUrl;
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
         * @return a new {@link BootstrapAccepted}
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public BootstrapAccepted build() {
            Checks.required(bootstrapId, "BootstrapAccepted.bootstrapId");
            Checks.required(statusUrl, "BootstrapAccepted.statusUrl");
            return new BootstrapAccepted(this);
        }

        private BootstrapAccepted buildFromJson() {
            return new BootstrapAccepted(this);
        }
    }
}
