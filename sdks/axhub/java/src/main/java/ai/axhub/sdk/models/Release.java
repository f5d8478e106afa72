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
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A version number given to a successful deployment. The seed only says the items are objects;
 * this shape is our definition.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = Release.Builder.class)
public final class Release {
    @JsonProperty("version")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Long version;

    @JsonProperty("deployment_id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String deploymentId;

    @JsonProperty("commit_sha")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String commitSha;

    @JsonProperty("image_uri")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String imageUri;

    @JsonProperty("created_at")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime createdAt;

    @JsonProperty("active_prod")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean activeProd;

    @JsonProperty("active_staging")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean activeStaging;

    @JsonProperty("approved")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean approved;

    private final Map<String, Object> additionalProperties;

    private Release(Builder builder) {
        this.version = builder.version;
        this.deploymentId = builder.deploymentId;
        this.commitSha = builder.commitSha;
        this.imageUri = builder.imageUri;
        this.createdAt = builder.createdAt;
        this.activeProd = builder.activeProd;
        this.activeStaging = builder.activeStaging;
        this.approved = builder.approved;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code Release}.
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
     * Version number, increasing per app.
     *
     * @return the <code>version</code> field (required)
     */
    public Long version() {
        return version;
    }

    /**
     * Deployment that produced this version.
     *
     * @return the <code>deployment_id</code> field (required)
     */
    public String deploymentId() {
        return deploymentId;
    }

    /**
     * @return the <code>commit_sha</code> field (required)
     */
    public String commitSha() {
        return commitSha;
    }

    /**
     * Registry path of the version's image.
     *
     * @return the <code>image_uri</code> field (required)
     */
    public String imageUri() {
        return imageUri;
    }

    /**
     * When the version was created.
     *
     * @return the <code>created_at</code> field (required)
     */
    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /**
     * True when production runs this version.
     *
     * @return the <code>active_prod</code> field (required)
     */
    public Boolean activeProd() {
        return activeProd;
    }

    /**
     * True when staging runs this version.
     *
     * @return the <code>active_staging</code> field (required)
     */
    public Boolean activeStaging() {
        return activeStaging;
    }

    /**
     * True when this version has been approved in a review.
     *
     * @return the <code>approved</code> field (required)
     */
    public Boolean approved() {
        return approved;
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
        if (!(other instanceof Release)) {
            return false;
        }
        Release that = (Release) other;
        return Objects.deepEquals(version, that.version)
                && Objects.deepEquals(deploymentId, that.deploymentId)
                && Objects.deepEquals(commitSha, that.commitSha)
                && Objects.deepEquals(imageUri, that.imageUri)
                && Objects.deepEquals(createdAt, that.createdAt)
                && Objects.deepEquals(activeProd, that.activeProd)
                && Objects.deepEquals(activeStaging, that.activeStaging)
                && Objects.deepEquals(approved, that.approved)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {version, deploymentId, commitSha, imageUri, createdAt, activeProd, activeStaging, approved, additionalProperties});
    }

    @Override
    public String toString() {
        return "Release{"
                + "version=" + version
                + ", deploymentId=" + deploymentId
                + ", commitSha=" + commitSha
                + ", imageUri=" + imageUri
                + ", createdAt=" + createdAt
                + ", activeProd=" + activeProd
                + ", activeStaging=" + activeStaging
                + ", approved=" + approved
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link Release}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private Long version;
        private String deploymentId;
        private String commitSha;
        private String imageUri;
        private OffsetDateTime createdAt;
        private Boolean activeProd;
        private Boolean activeStaging;
        private Boolean approved;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(Release source) {
            this.version = source.version;
            this.deploymentId = source.deploymentId;
            this.commitSha = source.commitSha;
            this.imageUri = source.imageUri;
            this.createdAt = source.createdAt;
            this.activeProd = source.activeProd;
            this.activeStaging = source.activeStaging;
            this.approved = source.approved;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>version</code> (required).
         *
         * @param version the value
         * @return this builder
         */
        @JsonProperty("version")
        public Builder version(Long version) {
            this.version = version;
            return this;
        }

        /**
         * Sets <code>deployment_id</code> (required).
         *
         * @param deploymentId the value
         * @return this builder
         */
        @JsonProperty("deployment_id")
        public Builder deploymentId(String deploymentId) {
            this.deploymentId = deploymentId;
            return this;
        }

        /**
         * Sets <code>commit_sha</code> (required).
         *
         * @param commitSha the value
         * @return this builder
         */
        @JsonProperty("commit_sha")
        public Builder commitSha(String commitSha) {
            this.commitSha = commitSha;
            return this;
        }

        /**
         * Sets <code>image_uri</code> (required).
         *
         * @param imageUri the value
         * @return this builder
         */
        @JsonProperty("image_uri")
        public Builder imageUri(String imageUri) {
            this.imageUri = imageUri;
            return this;
        }

        /**
         * Sets <code>created_at</code> (required).
         *
         * @param createdAt the value
         * @return this builder
         */
        @JsonProperty("created_at")
        public Builder createdAt(OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * Sets <code>active_prod</code> (required).
         *
         * @param activeProd the value
         * @return this builder
         */
        @JsonProperty("active_prod")
        public Builder activeProd(Boolean activeProd) {
            this.activeProd = activeProd;
            return this;
        }

        /**
         * Sets <code>active_staging</code> (required).
         *
         * @param activeStaging the value
         * @return this builder
         */
        @JsonProperty("active_staging")
        public Builder activeStaging(Boolean activeStaging) {
            this.activeStaging = activeStaging;
            return this;
        }

        /**
         * Sets <code>approved</code> (required).
         *
         * @param approved the value
         * @return this builder
         */
        @JsonProperty("approved")
        public Builder approved(Boolean approved) {
            this.approved = approved;
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
         * @return a new {@link Release}
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public Release build() {
            Checks.required(version, "Release.version");
            Checks.required(deploymentId, "Release.deploymentId");
            Checks.required(commitSha, "Release.commitSha");
            Checks.required(imageUri, "Release.imageUri");
            Checks.required(createdAt, "Release.createdAt");
            Checks.required(activeProd, "Release.activeProd");
            Checks.required(activeStaging, "Release.activeStaging");
            Checks.required(approved, "Release.approved");
            return new Release(this);
        }

        private Release buildFromJson() {
            return new Release(this);
        }
    }
}
