package ai.axhub.sdk.models;

import ai.axhub.sdk.core.JsonNullable;
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
import java.util.Optional;

/**
 * The app has no GitHub connection.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = GitConnectionDisconnected.Builder.class)
public final class GitConnectionDisconnected implements GitConnectionStatus {
    @JsonProperty("connected")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean connected;

    @JsonProperty("install_url")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> installUrl;

    private final Map<String, Object> additionalProperties;

    private GitConnectionDisconnected(Builder builder) {
        this.connected = builder.connected;
        this.installUrl = builder.installUrl;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code GitConnectionDisconnected}.
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
     * Always false in this shape.
     *
     * @return the <code>connected</code> field (required)
     */
    public Boolean connected() {
        return connected;
    }

    /**
     * GitHub App installation page with a fresh state token attached (valid for 10 minutes). Only
     * present for the app's owner and tenant admins.
     *
     * @return the <code>install_url</code> field; empty when absent
     */
    public Optional<String> installUrl() {
        return installUrl.toOptional();
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
        if (!(other instanceof GitConnectionDisconnected)) {
            return false;
        }
        GitConnectionDisconnected that = (GitConnectionDisconnected) other;
        return Objects.deepEquals(connected, that.connected)
                && Objects.deepEquals(installUrl, that.installUrl)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {connected, installUrl, additionalProperties});
    }

    @Override
    public String toString() {
        return "GitConnectionDisconnected{"
                + "connected=" + connected
                + ", installUrl=" + installUrl
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link GitConnectionDisconnected}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private Boolean connected = Boolean.FALSE;
        private JsonNullable<String> installUrl = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(GitConnectionDisconnected source) {
            this.connected = source.connected;
            this.installUrl = source.installUrl;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>connected</code>; it only ever holds <code>Boolean.FALSE</code>, preset.
         *
         * @param connected the value
         * @return this builder
         */
        @JsonProperty("connected")
        private Builder connected(Boolean connected) {
            this.connected = connected;
            return this;
        }

        /**
         * Sets <code>install_url</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param installUrl the value
         * @return this builder
         */
        @JsonProperty("install_url")
        public Builder installUrl(String installUrl) {
            this.installUrl = JsonNullable.of(installUrl);
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
         * @return a new {@link GitConnectionDisconnected}
         */
        public GitConnectionDisconnected build() {
            return new GitConnectionDisconnected(this);
        }

        private GitConnectionDisconnected buildFromJson() {
            return new GitConnectionDisconnected(this);
        }
    }
}
