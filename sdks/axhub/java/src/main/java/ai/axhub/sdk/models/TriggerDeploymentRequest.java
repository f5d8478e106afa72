package ai.axhub.sdk.models;

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
 * Options for a manual deployment. Every field is optional, and so is the body.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = TriggerDeploymentRequest.Builder.class)
public final class TriggerDeploymentRequest {
    @JsonProperty("commit_sha")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> commitSha;

    @JsonProperty("force_rebuild")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Boolean> forceRebuild;

    private final Map<String, Object> additionalProperties;

    private TriggerDeploymentRequest(Builder builder) {
        this.commitSha = builder.commitSha;
        this.forceRebuild = builder.forceRebuild;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code TriggerDeploymentRequest}.
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
     * Full 40-character lowercase hex commit to deploy. Empty or absent means the HEAD of the
     * connected repository's default branch.
     *
     * @return the <code>commit_sha</code> field; empty when absent
     */
    public Optional<String> commitSha() {
        return commitSha.toOptional();
    }

    /**
     * Build a new image even if one already exists for this commit (useful after dependency or
     * base-image updates).
     *
     * @return the <code>force_rebuild</code> field; empty when absent
     */
    public Optional<Boolean> forceRebuild() {
        return forceRebuild.toOptional();
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
        if (!(other instanceof TriggerDeploymentRequest)) {
            return false;
        }
        TriggerDeploymentRequest that = (TriggerDeploymentRequest) other;
        return Objects.deepEquals(commitSha, that.commitSha)
                && Objects.deepEquals(forceRebuild, that.forceRebuild)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {commitSha, forceRebuild, additionalProperties});
    }

    @Override
    public String toString() {
        return "TriggerDeploymentRequest{"
                + "commitSha=" + commitSha
                + ", forceRebuild=" + forceRebuild
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link TriggerDeploymentRequest}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private JsonNullable<String> commitSha = JsonNullable.undefined();
        private JsonNullable<Boolean> forceRebuild = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(TriggerDeploymentRequest source) {
            this.commitSha = source.commitSha;
            this.forceRebuild = source.forceRebuild;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>commit_sha</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param commitSha the value
         * @return this builder
         */
        @JsonProperty("commit_sha")
        public Builder commitSha(String commitSha) {
            this.commitSha = JsonNullable.of(commitSha);
            return this;
        }

        /**
         * Sets <code>force_rebuild</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param forceRebuild the value
         * @return this builder
         */
        @JsonProperty("force_rebuild")
        public Builder forceRebuild(Boolean forceRebuild) {
            this.forceRebuild = JsonNullable.of(forceRebuild);
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
         * @return a new {@link TriggerDeploymentRequest}
         */
        public TriggerDeploymentRequest build() {
            return new TriggerDeploymentRequest(this);
        }

        private TriggerDeploymentRequest buildFromJson() {
            return new TriggerDeploymentRequest(this);
        }
    }
}
