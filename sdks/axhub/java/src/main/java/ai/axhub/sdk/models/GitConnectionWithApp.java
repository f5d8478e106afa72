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
 * A <code>GitConnection</code> plus the app and tenant it was attached to; returned when the app
 * is recovered from the state token rather than the URL.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = GitConnectionWithApp.Builder.class)
public final class GitConnectionWithApp {
    @JsonProperty("provider")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String provider;

    @JsonProperty("repo_full_name")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String repoFullName;

    @JsonProperty("branch")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String branch;

    @JsonProperty("installation_id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Long installationId;

    @JsonProperty("app_id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String appId;

    @JsonProperty("tenant_slug")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String tenantSlug;

    private final Map<String, Object> additionalProperties;

    private GitConnectionWithApp(Builder builder) {
        this.provider = builder.provider;
        this.repoFullName = builder.repoFullName;
        this.branch = builder.branch;
        this.installationId = builder.installationId;
        this.appId = builder.appId;
        this.tenantSlug = builder.tenantSlug;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code GitConnectionWithApp}.
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
     * Git provider; currently always <code>github</code>.
     *
     * @return the <code>provider</code> field (required)
     */
    public String provider() {
        return provider;
    }

    /**
     * @return the <code>repo_full_name</code> field (required)
     */
    public String repoFullName() {
        return repoFullName;
    }

    /**
     * Branch whose pushes deploy automatically.
     *
     * @return the <code>branch</code> field (required)
     */
    public String branch() {
        return branch;
    }

    /**
     * GitHub App installation ID.
     *
     * @return the <code>installation_id</code> field (required)
     */
    public Long installationId() {
        return installationId;
    }

    /**
     * App the connection was attached to (taken from the state token).
     *
     * @return the <code>app_id</code> field (required)
     */
    public String appId() {
        return appId;
    }

    /**
     * Slug of the app's tenant, for moving from the apex domain to the tenant subdomain. Empty
     * when the slug could not be looked up.
     *
     * @return the <code>tenant_slug</code> field (required)
     */
    public String tenantSlug() {
        return tenantSlug;
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
        if (!(other instanceof GitConnectionWithApp)) {
            return false;
        }
        GitConnectionWithApp that = (GitConnectionWithApp) other;
        return Objects.deepEquals(provider, that.provider)
                && Objects.deepEquals(repoFullName, that.repoFullName)
                && Objects.deepEquals(branch, that.branch)
                && Objects.deepEquals(installationId, that.installationId)
                && Objects.deepEquals(appId, that.appId)
                && Objects.deepEquals(tenantSlug, that.tenantSlug)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {provider, repoFullName, branch, installationId, appId, tenantSlug, additionalProperties});
    }

    @Override
    public String toString() {
        return "GitConnectionWithApp{"
                + "provider=" + provider
                + ", repoFullName=" + repoFullName
                + ", branch=" + branch
                + ", installationId=" + installationId
                + ", appId=" + appId
                + ", tenantSlug=" + tenantSlug
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link GitConnectionWithApp}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String provider;
        private String repoFullName;
        private String branch;
        private Long installationId;
        private String appId;
        private String tenantSlug;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(GitConnectionWithApp source) {
            this.provider = source.provider;
            this.repoFullName = source.repoFullName;
            this.branch = source.branch;
            this.installationId = source.installationId;
            this.appId = source.appId;
            this.tenantSlug = source.tenantSlug;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>provider</code> (required).
         *
         * @param provider the value
         * @return this builder
         */
        @JsonProperty("provider")
        public Builder provider(String provider) {
            this.provider = provider;
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
         * Sets <code>app_id</code> (required).
         *
         * @param appId the value
         * @return this builder
         */
        @JsonProperty("app_id")
        public Builder appId(String appId) {
            this.appId = appId;
            return this;
        }

        /**
         * Sets <code>tenant_slug</code> (required).
         *
         * @param tenantSlug the value
         * @return this builder
         */
        @JsonProperty("tenant_slug")
        public Builder tenantSlug(String tenantSlug) {
            this.tenantSlug = tenantSlug;
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
         * @return a new {@link GitConnectionWithApp}
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public GitConnectionWithApp build() {
            Checks.required(provider, "GitConnectionWithApp.provider");
            Checks.required(repoFullName, "GitConnectionWithApp.repoFullName");
            Checks.required(branch, "GitConnectionWithApp.branch");
            Checks.required(installationId, "GitConnectionWithApp.installationId");
            Checks.required(appId, "GitConnectionWithApp.appId");
            Checks.required(tenantSlug, "GitConnectionWithApp.tenantSlug");
            return new GitConnectionWithApp(this);
        }

        private GitConnectionWithApp buildFromJson() {
            return new GitConnectionWithApp(this);
        }
    }
}
