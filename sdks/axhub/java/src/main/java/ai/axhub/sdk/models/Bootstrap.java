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
 * Progress of a bootstrap.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = Bootstrap.Builder.class)
public final class Bootstrap {
    @JsonProperty("id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String id;

    @JsonProperty("app_id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String appId;

    @JsonProperty("repo_full_name")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> repoFullName;

    @JsonProperty("deployment_id")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> deploymentId;

    @JsonProperty("stage")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final BootstrapStage stage;

    @JsonProperty("status")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final BootstrapStatus status;

    @JsonProperty("error_code")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> errorCode;

    @JsonProperty("error_message")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> errorMessage;

    private final Map<String, Object> additionalProperties;

    private Bootstrap(Builder builder) {
        this.id = builder.id;
        this.appId = builder.appId;
        this.repoFullName = builder.repoFullName;
        this.deploymentId = builder.deploymentId;
        this.stage = builder.stage;
        this.status = builder.status;
        this.errorCode = builder.errorCode;
        this.errorMessage = builder.errorMessage;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code Bootstrap}.
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
     * Bootstrap ID.
     *
     * @return the <code>id</code> field (required)
     */
    public String id() {
        return id;
    }

    /**
     * ID (UUID) of the app, set once the app step is through; an empty string before that.
     *
     * @return the <code>app_id</code> field (required)
     */
    public String appId() {
        return appId;
    }

    /**
     * <code>owner/repo</code> of the created repository, once the repo step is through.
     *
     * @return the <code>repo_full_name</code> field; empty when absent
     */
    public Optional<String> repoFullName() {
        return repoFullName.toOptional();
    }

    /**
     * ID (UUID) of the deployment, once the deploy step is through.
     *
     * @return the <code>deployment_id</code> field; empty when absent
     */
    public Optional<String> deploymentId() {
        return deploymentId.toOptional();
    }

    /**
     * @return the <code>stage</code> field (required)
     */
    public BootstrapStage stage() {
        return stage;
    }

    /**
     * @return the <code>status</code> field (required)
     */
    public BootstrapStatus status() {
        return status;
    }

    /**
     * When <code>status</code> is <code>failed</code>, a code for the cause, such as
     * <code>repo_exists</code> or <code>app_failed</code>.
     *
     * @return the <code>error_code</code> field; empty when absent
     */
    public Optional<String> errorCode() {
        return errorCode.toOptional();
    }

    /**
     * When <code>status</code> is <code>failed</code>, a description of the cause.
     *
     * @return the <code>error_message</code> field; empty when absent
     */
    public Optional<String> errorMessage() {
        return errorMessage.toOptional();
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
        if (!(other instanceof Bootstrap)) {
            return false;
        }
        Bootstrap that = (Bootstrap) other;
        return Objects.deepEquals(id, that.id)
                && Objects.deepEquals(appId, that.appId)
                && Objects.deepEquals(repoFullName, that.repoFullName)
                && Objects.deepEquals(deploymentId, that.deploymentId)
                && Objects.deepEquals(stage, that.stage)
                && Objects.deepEquals(status, that.status)
                && Objects.deepEquals(errorCode, that.errorCode)
                && Objects.deepEquals(errorMessage, that.errorMessage)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {id, appId, repoFullName, deploymentId, stage, status, errorCode, errorMessage, additionalProperties});
    }

    @Override
    public String toString() {
        return "Bootstrap{"
                + "id=" + id
                + ", appId=" + appId
                + ", repoFullName=" + repoFullName
                + ", deploymentId=" + deploymentId
                + ", stage=" + stage
                + ", status=" + status
                + ", errorCode=" + errorCode
                + ", errorMessage=" + errorMessage
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link Bootstrap}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String id;
        private String appId;
        private JsonNullable<String> repoFullName = JsonNullable.undefined();
        private JsonNullable<String> deploymentId = JsonNullable.undefined();
        private BootstrapStage stage;
        private BootstrapStatus status;
        private JsonNullable<String> errorCode = JsonNullable.undefined();
        private JsonNullable<String> errorMessage = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(Bootstrap source) {
            this.id = source.id;
            this.appId = source.appId;
            this.repoFullName = source.repoFullName;
            this.deploymentId = source.deploymentId;
            this.stage = source.stage;
            this.status = source.status;
            this.errorCode = source.errorCode;
            this.errorMessage = source.errorMessage;
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
         * Sets <code>repo_full_name</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param repoFullName the value
         * @return this builder
         */
        @JsonProperty("repo_full_name")
        public Builder repoFullName(String repoFullName) {
            this.repoFullName = JsonNullable.of(repoFullName);
            return this;
        }

        /**
         * Sets <code>deployment_id</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param deploymentId the value
         * @return this builder
         */
        @JsonProperty("deployment_id")
        public Builder deploymentId(String deploymentId) {
            this.deploymentId = JsonNullable.of(deploymentId);
            return this;
        }

        /**
         * Sets <code>stage</code> (required).
         *
         * @param stage the value
         * @return this builder
         */
        @JsonProperty("stage")
        public Builder stage(BootstrapStage stage) {
            this.stage = stage;
            return this;
        }

        /**
         * Sets <code>status</code> (required).
         *
         * @param status the value
         * @return this builder
         */
        @JsonProperty("status")
        public Builder status(BootstrapStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets <code>error_code</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param errorCode the value
         * @return this builder
         */
        @JsonProperty("error_code")
        public Builder errorCode(String errorCode) {
            this.errorCode = JsonNullable.of(errorCode);
            return this;
        }

        /**
         * Sets <code>error_message</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param errorMessage the value
         * @return this builder
         */
        @JsonProperty("error_message")
        public Builder errorMessage(String errorMessage) {
            this.errorMessage = JsonNullable.of(errorMessage);
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
         * @return a new {@link Bootstrap}
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public Bootstrap build() {
            Checks.required(id, "Bootstrap.id");
            Checks.required(appId, "Bootstrap.appId");
            Checks.required(stage, "Bootstrap.stage");
            Checks.required(status, "Bootstrap.status");
            return new Bootstrap(this);
        }

        private Bootstrap buildFromJson() {
            return new Bootstrap(this);
        }
    }
}
