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
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A page of repositories reachable through an installation.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = GithubRepositoryPage.Builder.class)
public final class GithubRepositoryPage {
    @JsonProperty("repositories")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final List<GithubRepository> repositories;

    @JsonProperty("total_count")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Long totalCount;

    private final Map<String, Object> additionalProperties;

    private GithubRepositoryPage(Builder builder) {
        this.repositories = builder.repositories;
        this.totalCount = builder.totalCount;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code GithubRepositoryPage}.
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
     * Repositories on this page.
     *
     * @return the <code>repositories</code> field (required)
     */
    public List<GithubRepository> repositories() {
        return repositories;
    }

    /**
     * Number of repositories across all pages.
     *
     * @return the <code>total_count</code> field (required)
     */
    public Long totalCount() {
        return totalCount;
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
        if (!(other instanceof GithubRepositoryPage)) {
            return false;
        }
        GithubRepositoryPage that = (GithubRepositoryPage) other;
        return Objects.deepEquals(repositories, that.repositories)
                && Objects.deepEquals(totalCount, that.totalCount)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {repositories, totalCount, additionalProperties});
    }

    @Override
    public String toString() {
        return "GithubRepositoryPage{"
                + "repositories=" + repositories
                + ", totalCount=" + totalCount
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link GithubRepositoryPage}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private List<GithubRepository> repositories;
        private Long totalCount;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(GithubRepositoryPage source) {
            this.repositories = source.repositories;
            this.totalCount = source.totalCount;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>repositories</code> (required).
         *
         * @param repositories the value
         * @return this builder
         */
        @JsonProperty("repositories")
        public Builder repositories(List<GithubRepository> repositories) {
            this.repositories = repositories;
            return this;
        }

        /**
         * Sets <code>total_count</code> (required).
         *
         * @param totalCount the value
         * @return this builder
         */
        @JsonProperty("total_count")
        public Builder totalCount(Long totalCount) {
            this.totalCount = totalCount;
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
         * @return a new {@link GithubRepositoryPage}
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public GithubRepositoryPage build() {
            Checks.required(repositories, "GithubRepositoryPage.repositories");
            Checks.required(totalCount, "GithubRepositoryPage.totalCount");
            return new GithubRepositoryPage(this);
        }

        private GithubRepositoryPage buildFromJson() {
            return new GithubRepositoryPage(this);
        }
    }
}
