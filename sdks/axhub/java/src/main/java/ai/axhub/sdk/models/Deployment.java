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
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One build-and-release of an app.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = Deployment.Builder.class)
public final class Deployment {
    @JsonProperty("id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String id;

    @JsonProperty("app_id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String appId;

    @JsonProperty("commit_sha")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String commitSha;

    @JsonProperty("status")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final DeploymentStatus status;

    @JsonProperty("trigger_source")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final TriggerSource triggerSource;

    @JsonProperty("started_at")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime startedAt;

    @JsonProperty("completed_at")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<OffsetDateTime> completedAt;

    @JsonProperty("current_stage")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<DeploymentStage> currentStage;

    @JsonProperty("failure_reason")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<FailureReason> failureReason;

    @JsonProperty("image_uri")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> imageUri;

    private final Map<String, Object> additionalProperties;

    private Deployment(Builder builder) {
        this.id = builder.id;
        this.appId = builder.appId;
        this.commitSha = builder.commitSha;
        this.status = builder.status;
        this.triggerSource = builder.triggerSource;
        this.startedAt = builder.startedAt;
        this.completedAt = builder.completedAt;
        this.currentStage = builder.currentStage;
        this.failureReason = builder.failureReason;
        this.imageUri = builder.imageUri;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code Deployment}.
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
     * Deployment ID.
     *
     * @return the <code>id</code> field (required)
     */
    public String id() {
        return id;
    }

    /**
     * App the deployment belongs to.
     *
     * @return the <code>app_id</code> field (required)
     */
    public String appId() {
        return appId;
    }

    /**
     * @return the <code>commit_sha</code> field (required)
     */
    public String commitSha() {
        return commitSha;
    }

    /**
     * @return the <code>status</code> field (required)
     */
    public DeploymentStatus status() {
        return status;
    }

    /**
     * @return the <code>trigger_source</code> field (required)
     */
    public TriggerSource triggerSource() {
        return triggerSource;
    }

    /**
     * When the deployment started (RFC 3339).
     *
     * @return the <code>started_at</code> field (required)
     */
    public OffsetDateTime startedAt() {
        return startedAt;
    }

    /**
     * When the deployment ended; null until it reaches a terminal status.
     *
     * @return the <code>completed_at</code> field; empty when null
     */
    public Optional<OffsetDateTime> completedAt() {
        return completedAt.toOptional();
    }

    /**
     * Stage the deployment is in while it runs; null once it is terminal.
     *
     * @return the <code>current_stage</code> field; empty when null
     */
    public Optional<DeploymentStage> currentStage() {
        return currentStage.toOptional();
    }

    /**
     * Why the deployment failed; null unless <code>status</code> is <code>failed</code>.
     *
     * @return the <code>failure_reason</code> field; empty when null
     */
    public Optional<FailureReason> failureReason() {
        return failureReason.toOptional();
    }

    /**
     * Registry path of the image that was built and pushed; null until the image exists.
     *
     * @return the <code>image_uri</code> field; empty when null
     */
    public Optional<String> imageUri() {
        return imageUri.toOptional();
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
        if (!(other instanceof Deployment)) {
            return false;
        }
        Deployment that = (Deployment) other;
        return Objects.deepEquals(id, that.id)
                && Objects.deepEquals(appId, that.appId)
                && Objects.deepEquals(commitSha, that.commitSha)
                && Objects.deepEquals(status, that.status)
                && Objects.deepEquals(triggerSource, that.triggerSource)
                && Objects.deepEquals(startedAt, that.startedAt)
                && Objects.deepEquals(completedAt, that.completedAt)
                && Objects.deepEquals(currentStage, that.currentStage)
                && Objects.deepEquals(failureReason, that.failureReason)
                && Objects.deepEquals(imageUri, that.imageUri)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {id, appId, commitSha, status, triggerSource, startedAt, completedAt, currentStage, failureReason, imageUri, additionalProperties});
    }

    @Override
    public String toString() {
        return "Deployment{"
                + "id=" + id
                + ", appId=" + appId
                + ", commitSha=" + commitSha
                + ", status=" + status
                + ", triggerSource=" + triggerSource
                + ", startedAt=" + startedAt
                + ", completedAt=" + completedAt
                + ", currentStage=" + currentStage
                + ", failureReason=" + failureReason
                + ", imageUri=" + imageUri
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link Deployment}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String id;
        private String appId;
        private String commitSha;
        private DeploymentStatus status;
        private TriggerSource triggerSource;
        private OffsetDateTime startedAt;
        private JsonNullable<OffsetDateTime> completedAt = JsonNullable.undefined();
        private JsonNullable<DeploymentStage> currentStage = JsonNullable.undefined();
        private JsonNullable<FailureReason> failureReason = JsonNullable.undefined();
        private JsonNullable<String> imageUri = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(Deployment source) {
            this.id = source.id;
            this.appId = source.appId;
            this.commitSha = source.commitSha;
            this.status = source.status;
            this.triggerSource = source.triggerSource;
            this.startedAt = source.startedAt;
            this.completedAt = source.completedAt;
            this.currentStage = source.currentStage;
            this.failureReason = source.failureReason;
            this.imageUri = source.imageUri;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>id</code> (required).
         *
         * @param id the value
         * @return this builder
         */
        @JsonProperty("id")
        public Builder id(String id) {
            this.id = id;
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
         * Sets <code>status</code> (required).
         *
         * @param status the value
         * @return this builder
         */
        @JsonProperty("status")
        public Builder status(DeploymentStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets <code>trigger_source</code> (required).
         *
         * @param triggerSource the value
         * @return this builder
         */
        @JsonProperty("trigger_source")
        public Builder triggerSource(TriggerSource triggerSource) {
            this.triggerSource = triggerSource;
            return this;
        }

        /**
         * Sets <code>started_at</code> (required).
         *
         * @param startedAt the value
         * @return this builder
         */
        @JsonProperty("started_at")
        public Builder startedAt(OffsetDateTime startedAt) {
            this.startedAt = startedAt;
            return this;
        }

        /**
         * Sets <code>completed_at</code> (required; null is sent as JSON null).
         *
         * @param completedAt the value
         * @return this builder
         */
        @JsonProperty("completed_at")
        public Builder completedAt(OffsetDateTime completedAt) {
            this.completedAt = JsonNullable.of(completedAt);
            return this;
        }

        /**
         * Sets <code>current_stage</code> (required; null is sent as JSON null).
         *
         * @param currentStage the value
         * @return this builder
         */
        @JsonProperty("current_stage")
        public Builder currentStage(DeploymentStage currentStage) {
            this.currentStage = JsonNullable.of(currentStage);
            return this;
        }

        /**
         * Sets <code>failure_reason</code> (required; null is sent as JSON null).
         *
         * @param failureReason the value
         * @return this builder
         */
        @JsonProperty("failure_reason")
        public Builder failureReason(FailureReason failureReason) {
            this.failureReason = JsonNullable.of(failureReason);
            return this;
        }

        /**
         * Sets <code>image_uri</code> (required; null is sent as JSON null).
         *
         * @param imageUri the value
         * @return this builder
         */
        @JsonProperty("image_uri")
        public Builder imageUri(String imageUri) {
            this.imageUri = JsonNullable.of(imageUri);
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
         * @return a new {@link Deployment}
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public Deployment build() {
            Checks.required(id, "Deployment.id");
            Checks.required(appId, "Deployment.appId");
            Checks.required(commitSha, "Deployment.commitSha");
            Checks.required(status, "Deployment.status");
            Checks.required(triggerSource, "Deployment.triggerSource");
            Checks.required(startedAt, "Deployment.startedAt");
            return new Deployment(this);
        }

        private Deployment buildFromJson() {
            return new Deployment(this);
        }
    }
}
