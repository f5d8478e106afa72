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
 * Template and app details for a new bootstrap.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = CreateBootstrapRequest.Builder.class)
public final class CreateBootstrapRequest {
    @JsonProperty("template_id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String templateId;

    @JsonProperty("name")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String name;

    @JsonProperty("slug")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String slug;

    @JsonProperty("subdomain")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String subdomain;

    @JsonProperty("github_owner")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String githubOwner;

    @JsonProperty("github_installation_id")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Long> githubInstallationId;

    @JsonProperty("repo_name")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String repoName;

    @JsonProperty("repo_private")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Boolean> repoPrivate;

    private final Map<String, Object> additionalProperties;

    private CreateBootstrapRequest(Builder builder) {
        this.templateId = builder.templateId;
        this.name = builder.name;
        this.slug = builder.slug;
        this.subdomain = builder.subdomain;
        this.githubOwner = builder.githubOwner;
        this.githubInstallationId = builder.githubInstallationId;
        this.repoName = builder.repoName;
        this.repoPrivate = builder.repoPrivate;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code CreateBootstrapRequest}.
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
     * Template chosen from the catalog (<code>GET /api/v1/templates</code>).
     *
     * @return the <code>template_id</code> field (required)
     */
    public String templateId() {
        return templateId;
    }

    /**
     * Display name of the app.
     *
     * @return the <code>name</code> field (required)
     */
    public String name() {
        return name;
    }

    /**
     * AxHub identifier of the app (lowercase letters, digits and dashes).
     *
     * @return the <code>slug</code> field (required)
     */
    public String slug() {
        return slug;
    }

    /**
     * Host label of the app; it is served at <code>{subdomain}.{tenant}.axhub.ai</code>. A DNS
     * label: lowercase letters, digits and dashes, not starting or ending with a dash.
     *
     * @return the <code>subdomain</code> field (required)
     */
    public String subdomain() {
        return subdomain;
    }

    /**
     * GitHub user or organization that will own the new repository (GitHub's rule: 1-39 letters,
     * digits and dashes, not starting with a dash).
     *
     * @return the <code>github_owner</code> field (required)
     */
    public String githubOwner() {
        return githubOwner;
    }

    /**
     * ID of the AxHub GitHub App installation the user set up. Missing means the App is not
     * installed and gives 422 <code>github_app_not_installed</code>.
     *
     * @return the <code>github_installation_id</code> field; empty when absent
     */
    public Optional<Long> githubInstallationId() {
        return githubInstallationId.toOptional();
    }

    /**
     * Name of the repository to create; must be unused under the owner. GitHub's rules: 1-100
     * letters, digits, <code>.</code>, <code>_</code> and <code>-</code>, and not <code>.</code>
     * or <code>..</code>.
     *
     * @return the <code>repo_name</code> field (required)
     */
    public String repoName() {
        return repoName;
    }

    /**
     * Whether the new repository is private (the default).
     *
     * @return the <code>repo_private</code> field; empty when absent
     */
    public Optional<Boolean> repoPrivate() {
        return repoPrivate.toOptional();
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
        if (!(other instanceof CreateBootstrapRequest)) {
            return false;
        }
        CreateBootstrapRequest that = (CreateBootstrapRequest) other;
        return Objects.deepEquals(templateId, that.templateId)
                && Objects.deepEquals(name, that.name)
                && Objects.deepEquals(slug, that.slug)
                && Objects.deepEquals(subdomain, that.subdomain)
                && Objects.deepEquals(githubOwner, that.githubOwner)
                && Objects.deepEquals(githubInstallationId, that.githubInstallationId)
                && Objects.deepEquals(repoName, that.repoName)
                && Objects.deepEquals(repoPrivate, that.repoPrivate)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {templateId, name, slug, subdomain, githubOwner, githubInstallationId, repoName, repoPrivate, additionalProperties});
    }

    @Override
    public String toString() {
        return "CreateBootstrapRequest{"
                + "templateId=" + templateId
                + ", name=" + name
                + ", slug=" + slug
                + ", subdomain=" + subdomain
                + ", githubOwner=" + githubOwner
                + ", githubInstallationId=" + githubInstallationId
                + ", repoName=" + repoName
                + ", repoPrivate=" + repoPrivate
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link CreateBootstrapRequest}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String templateId;
        private String name;
        private String slug;
        private String subdomain;
        private String githubOwner;
        private JsonNullable<Long> githubInstallationId = JsonNullable.undefined();
        private String repoName;
        private JsonNullable<Boolean> repoPrivate = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(CreateBootstrapRequest source) {
            this.templateId = source.templateId;
            this.name = source.name;
            this.slug = source.slug;
            this.subdomain = source.subdomain;
            this.githubOwner = source.githubOwner;
            this.githubInstallationId = source.githubInstallationId;
            this.repoName = source.repoName;
            this.repoPrivate = source.repoPrivate;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>template_id</code> (required).
         *
         * @param templateId the value
         * @return this builder
         */
        @JsonProperty("template_id")
        public Builder templateId(String templateId) {
            this.templateId = templateId;
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
         * Sets <code>slug</code> (required).
         *
         * @param slug the value
         * @return this builder
         */
        @JsonProperty("slug")
        public Builder slug(String slug) {
            this.slug = slug;
            return this;
        }

        /**
         * Sets <code>subdomain</code> (required).
         *
         * @param subdomain the value
         * @return this builder
         */
        @JsonProperty("subdomain")
        public Builder subdomain(String subdomain) {
            this.subdomain = subdomain;
            return this;
        }

        /**
         * Sets <code>github_owner</code> (required).
         *
         * @param githubOwner the value
         * @return this builder
         */
        @JsonProperty("github_owner")
        public Builder githubOwner(String githubOwner) {
            this.githubOwner = githubOwner;
            return this;
        }

        /**
         * Sets <code>github_installation_id</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param githubInstallationId the value
         * @return this builder
         */
        @JsonProperty("github_installation_id")
        public Builder githubInstallationId(Long githubInstallationId) {
            this.githubInstallationId = JsonNullable.of(githubInstallationId);
            return this;
        }

        /**
         * Sets <code>repo_name</code> (required).
         *
         * @param repoName the value
         * @return this builder
         */
        @JsonProperty("repo_name")
        public Builder repoName(String repoName) {
            this.repoName = repoName;
            return this;
        }

        /**
         * Sets <code>repo_private</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param repoPrivate the value
         * @return this builder
         */
        @JsonProperty("repo_private")
        public Builder repoPrivate(Boolean repoPrivate) {
            this.repoPrivate = JsonNullable.of(repoPrivate);
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
         * @return a new {@link CreateBootstrapRequest}
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public CreateBootstrapRequest build() {
            Checks.required(templateId, "CreateBootstrapRequest.templateId");
            Checks.required(name, "CreateBootstrapRequest.name");
            Checks.required(slug, "CreateBootstrapRequest.slug");
            Checks.required(subdomain, "CreateBootstrapRequest.subdomain");
            Checks.required(githubOwner, "CreateBootstrapRequest.githubOwner");
            Checks.required(repoName, "CreateBootstrapRequest.repoName");
            return new CreateBootstrapRequest(this);
        }

        private CreateBootstrapRequest buildFromJson() {
            return new CreateBootstrapRequest(this);
        }
    }
}
