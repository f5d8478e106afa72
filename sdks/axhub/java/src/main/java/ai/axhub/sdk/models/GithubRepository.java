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
 * A GitHub repository. The seed only says the entries are objects; this shape is our definition.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = GithubRepository.Builder.class)
public final class GithubRepository {
    @JsonProperty("id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Long id;

    @JsonProperty("name")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String name;

    @JsonProperty("full_name")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String fullName;

    @JsonProperty("private")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean private_;

    @JsonProperty("default_branch")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String defaultBranch;

    private final Map<String, Object> additionalProperties;

    private GithubRepository(Builder builder) {
        this.id = builder.id;
        this.name = builder.name;
        this.fullName = builder.fullName;
        this.private_ = builder.private_;
        this.defaultBranch = builder.defaultBranch;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code GithubRepository}.
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
     * GitHub repository ID.
     *
     * @return the <code>id</code> field (required)
     */
    public Long id() {
        return id;
    }

    /**
     * Repository name.
     *
     * @return the <code>name</code> field (required)
     */
    public String name() {
        return name;
    }

    /**
     * @return the <code>full_name</code> field (required)
     */
    public String fullName() {
        return fullName;
    }

    /**
     * Whether the repository is private.
     *
     * @return the <code>private</code> field (required)
     */
    public Boolean private_() {
        return private_;
    }

    /**
     * The repository's default branch.
     *
     * @return the <code>default_branch</code> field (required)
     */
    public String defaultBranch() {
        return defaultBranch;
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
        if (!(other instanceof GithubRepository)) {
            return false;
        }
        GithubRepository that = (GithubRepository) other;
        return Objects.deepEquals(id, that.id)
                && Objects.deepEquals(name, that.name)
                && Objects.deepEquals(fullName, that.fullName)
                && Objects.deepEquals(private_, that.private_)
                && Objects.deepEquals(defaultBranch, that.defaultBranch)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {id, name, fullName, private_, defaultBranch, additionalProperties});
    }

    @Override
    public String toString() {
        return "GithubRepository{"
                + "id=" + id
                + ", name=" + name
                + ", fullName=" + fullName
                + ", private_=" + private_
                + ", defaultBranch=" + defaultBranch
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link GithubRepository}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private Long id;
        private String name;
        private String fullName;
        private Boolean private_;
        private String defaultBranch;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(GithubRepository source) {
            this.id = source.id;
            this.name = source.name;
            this.fullName = source.fullName;
            this.private_ = source.private_;
            this.defaultBranch = source.defaultBranch;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>id</code> (required).
         *
         * @param id the value
         * @return this builder
         */
        @JsonProperty("id")
        public Builder id(Long id) {
            this.id = id;
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
         * Sets <code>full_name</code> (required).
         *
         * @param fullName the value
         * @return this builder
         */
        @JsonProperty("full_name")
        public Builder fullName(String fullName) {
            this.fullName = fullName;
            return this;
        }

        /**
         * Sets <code>private</code> (required).
         *
         * @param private_ the value
         * @return this builder
         */
        @JsonProperty("private")
        public Builder private_(Boolean private_) {
            this.private_ = private_;
            return this;
        }

        /**
         * Sets <code>default_branch</code> (required).
         *
         * @param defaultBranch the value
         * @return this builder
         */
        @JsonProperty("default_branch")
        public Builder defaultBranch(String defaultBranch) {
            this.defaultBranch = defaultBranch;
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
         * @return a new {@link GithubRepository}
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public GithubRepository build() {
            Checks.required(id, "GithubRepository.id");
            Checks.required(name, "GithubRepository.name");
            Checks.required(fullName, "GithubRepository.fullName");
            Checks.required(private_, "GithubRepository.private_");
            Checks.required(defaultBranch, "GithubRepository.defaultBranch");
            return new GithubRepository(this);
        }

        private GithubRepository buildFromJson() {
            return new GithubRepository(this);
        }
    }
}
