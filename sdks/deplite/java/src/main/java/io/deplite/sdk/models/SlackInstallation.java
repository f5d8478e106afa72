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
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The SlackInstallation model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = SlackInstallation.Builder.class)
public final class SlackInstallation {
    @JsonProperty("teamId")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String teamId;

    @JsonProperty("teamName")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String teamName;

    @JsonProperty("installedAt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime installedAt;

    private final Map<String, Object> additionalProperties;

    private SlackInstallation(Builder builder) {
        this.teamId = builder.teamId;
        this.teamName = builder.teamName;
        this.installedAt = builder.installedAt;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code SlackInstallation}.
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
     * @return the <code>teamId</code> field (required)
     */
    public String teamId() {
        return teamId;
    }

    /**
     * @return the <code>teamName</code> field (required)
     */
    public String teamName() {
        return teamName;
    }

    /**
     * @return the <code>installedAt</code> field (required)
     */
    public OffsetDateTime installedAt() {
        return installedAt;
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
        if (!(other instanceof SlackInstallation)) {
            return false;
        }
        SlackInstallation that = (SlackInstallation) other;
        return Objects.deepEquals(teamId, that.teamId)
                && Objects.deepEquals(teamName, that.teamName)
                && Objects.deepEquals(installedAt, that.installedAt)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {teamId, teamName, installedAt, additionalProperties});
    }

    @Override
    public String toString() {
        return "SlackInstallation{"
                + "teamId=" + teamId
                + ", teamName=" + teamName
                + ", installedAt=" + installedAt
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link SlackInstallation}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String teamId;
        private String teamName;
        private OffsetDateTime installedAt;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(SlackInstallation source) {
            this.teamId = source.teamId;
            this.teamName = source.teamName;
            this.installedAt = source.installedAt;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>teamId</code> (required).
         *
         * @param teamId the value
         * @return this builder
         */
        @JsonProperty("teamId")
        public Builder teamId(String teamId) {
            this.teamId = teamId;
            return this;
        }

        /**
         * Sets <code>teamName</code> (required).
         *
         * @param teamName the value
         * @return this builder
         */
        @JsonProperty("teamName")
        public Builder teamName(String teamName) {
            this.teamName = teamName;
            return this;
        }

        /**
         * Sets <code>installedAt</code> (required).
         *
         * @param installedAt the value
         * @return this builder
         */
        @JsonProperty("installedAt")
        public Builder installedAt(OffsetDateTime installedAt) {
            this.installedAt = installedAt;
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
         * @return a new {@link SlackInstallation}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public SlackInstallation build() {
            Checks.required(teamId, "SlackInstallation.teamId");
            Checks.required(teamName, "SlackInstallation.teamName");
            Checks.required(installedAt, "SlackInstallation.installedAt");
            return new SlackInstallation(this);
        }

        private SlackInstallation buildFromJson() {
            return new SlackInstallation(this);
        }
    }
}
