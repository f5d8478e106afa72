package ai.axhub.sdk.models;

import ai.axhub.sdk.core.Checks;
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
 * Data the web app sends after the install callback was routed to it.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = GithubCompleteRequest.Builder.class)
public final class GithubCompleteRequest {
    @JsonProperty("state")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String state;

    @JsonProperty("installation_id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Long installationId;

    @JsonProperty("repo_full_name")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String repoFullName;

    @JsonProperty("branch")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> branch;

    private final Map<String, Object> additionalProperties;

    private GithubCompleteRequest(Builder builder) {
        this.state = builder.state;
        this.installationId = builder.installationId;
        this.repoFullName = builder.repoFullName;
        this.branch = builder.branch;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code GithubCompleteRequest}.
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
     * Single-use token issued by install start (it contains no dot), forwarded exactly as received
     * in the callback's query string.
     *
     * @return the <code>state</code> field (required)
     */
    public String state() {
        return state;
    }

    /**
     * GitHub App installation ID. It must belong to the signed-in user; the server checks this
     * with their stored GitHub user token.
     *
     * @return the <code>installation_id</code> field (required)
     */
    public Long installationId() {
        return installationId;
    }

    /**
     * @return the <code>repo_full_name</code> field (required)
     */
    public String repoFullName() {
        return repoFullName;
    }

    /**
     * Branch whose pushes deploy automatically. Empty or absent means <code>main</code>.
     *
     * @return the <code>branch</code> field; empty when absent
     */
    public Optional<String> branch() {
        return branch.toOptional();
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
        if (!(other instanceof GithubCompleteRequest)) {
            return false;
        }
        GithubCompleteRequest that = (GithubCompleteRequest) other;
        return Objects.deepEquals(state, that.state)
                && Objects.deepEquals(installationId, that.installationId)
                && Objects.deepEquals(repoFullName, that.repoFullName)
                && Objects.deepEquals(branch, that.branch)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {state, installationId, repoFullName, branch, additionalProperties});
    }

    @Override
    public String toString() {
        return "GithubCompleteRequest{"
                + "state=" + state
                + ", installationId=" + installationId
                + ", repoFullName=" + repoFullName
                + ", branch=" + branch
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link GithubCompleteRequest}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String state;
        private Long installationId;
        private String repoFullName;
        private JsonNullable<String> branch = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(GithubCompleteRequest source) {
            this.state = source.state;
            this.installationId = source.installationId;
            this.repoFullName = source.repoFullName;
            this.branch = source.branch;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>state</code> (required).
         *
         * @param state the value
         * @return this builder
         */
        @JsonProperty("state")
        public Builder state(String state) {
            this.state = state;
            return this;
        }

        /**
         * Sets <code>installation_id</code> (required).
         *
         * @param installationId the value
         * @return this builder
         */
        @JsonProperty("installation_id")
        public Builder installationId(Long installationId) {
            this.installationId = installationId;
            return this;
        }

        /**
         * Sets <code>repo_full_name</code> (required).
         *
         * @param repoFullName the value
         * @return this builder
         */
        @JsonProperty("repo_full_name")
        public Builder repoFullName(String repoFullName) {
            this.repoFullName = repoFullName;
            return this;
        }

        /**
         * Sets <code>branch</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param branch the value
         * @return this builder
         */
        @JsonProperty("branch")
        public Builder branch(String branch) {
            this.branch = JsonNullable.of(branch);
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
         * @return a new {@link GithubCompleteRequest}
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public GithubCompleteRequest build() {
            Checks.required(state, "GithubCompleteRequest.state");
            Checks.required(installationId, "GithubCompleteRequest.installationId");
            Checks.required(repoFullName, "GithubCompleteRequest.repoFullName");
            return new GithubCompleteRequest(this);
        }

        private GithubCompleteRequest buildFromJson() {
            return new GithubCompleteRequest(this);
        }
    }
}
