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
 * New auto-deploy branch for an existing connection.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = GitConnectionUpdateRequest.Builder.class)
public final class GitConnectionUpdateRequest {
    @JsonProperty("branch")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String branch;

    private final Map<String, Object> additionalProperties;

    private GitConnectionUpdateRequest(Builder builder) {
        this.branch = builder.branch;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code GitConnectionUpdateRequest}.
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
     * Name of the branch whose pushes should deploy automatically.
     *
     * @return the <code>branch</code> field (required)
     */
    public String branch() {
        return branch;
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
        if (!(other instanceof GitConnectionUpdateRequest)) {
            return false;
        }
        GitConnectionUpdateRequest that = (GitConnectionUpdateRequest) other;
        return Objects.deepEquals(branch, that.branch)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {branch, additionalProperties});
    }

    @Override
    public String toString() {
        return "GitConnectionUpdateRequest{"
                + "branch=" + branch
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link GitConnectionUpdateRequest}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String branch;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(GitConnectionUpdateRequest source) {
            this.branch = source.branch;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>branch</code> (required).
         *
         * @param branch the value
         * @return this builder
         */
        @JsonProperty("branch")
        public Builder branch(String branch) {
            this.branch = branch;
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
         * @return a new {@link GitConnectionUpdateRequest}
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public GitConnectionUpdateRequest build() {
            Checks.required(branch, "GitConnectionUpdateRequest.branch");
            return new GitConnectionUpdateRequest(this);
        }

        private GitConnectionUpdateRequest buildFromJson() {
            return new GitConnectionUpdateRequest(this);
        }
    }
}
