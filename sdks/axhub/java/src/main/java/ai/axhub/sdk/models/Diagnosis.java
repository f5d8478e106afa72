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
 * Health diagnosis of the app's live rollout.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = Diagnosis.Builder.class)
public final class Diagnosis {
    @JsonProperty("app_id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String appId;

    @JsonProperty("applicable")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean applicable;

    @JsonProperty("healthy")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean healthy;

    @JsonProperty("services")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final List<DiagnosisService> services;

    private final Map<String, Object> additionalProperties;

    private Diagnosis(Builder builder) {
        this.appId = builder.appId;
        this.applicable = builder.applicable;
        this.healthy = builder.healthy;
        this.services = builder.services;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code Diagnosis}.
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
     * App that was diagnosed.
     *
     * @return the <code>app_id</code> field (required)
     */
    public String appId() {
        return appId;
    }

    /**
     * Whether a diagnosis could be made at all (false, for example, when nothing is running for
     * the app).
     *
     * @return the <code>applicable</code> field (required)
     */
    public Boolean applicable() {
        return applicable;
    }

    /**
     * True when the rollout is healthy.
     *
     * @return the <code>healthy</code> field (required)
     */
    public Boolean healthy() {
        return healthy;
    }

    /**
     * Per-service findings.
     *
     * @return the <code>services</code> field (required)
     */
    public List<DiagnosisService> services() {
        return services;
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
        if (!(other instanceof Diagnosis)) {
            return false;
        }
        Diagnosis that = (Diagnosis) other;
        return Objects.deepEquals(appId, that.appId)
                && Objects.deepEquals(applicable, that.applicable)
                && Objects.deepEquals(healthy, that.healthy)
                && Objects.deepEquals(services, that.services)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {appId, applicable, healthy, services, additionalProperties});
    }

    @Override
    public String toString() {
        return "Diagnosis{"
                + "appId=" + appId
                + ", applicable=" + applicable
                + ", healthy=" + healthy
                + ", services=" + services
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link Diagnosis}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String appId;
        private Boolean applicable;
        private Boolean healthy;
        private List<DiagnosisService> services;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(Diagnosis source) {
            this.appId = source.appId;
            this.applicable = source.applicable;
            this.healthy = source.healthy;
            this.services = source.services;
            this.additionalProperties.putAll(source.additionalProperties);
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
         * Sets <code>applicable</code> (required).
         *
         * @param applicable the value
         * @return this builder
         */
        @JsonProperty("applicable")
        public Builder applicable(Boolean applicable) {
            this.applicable = applicable;
            return this;
        }

        /**
         * Sets <code>healthy</code> (required).
         *
         * @param healthy the value
         * @return this builder
         */
        @JsonProperty("healthy")
        public Builder healthy(Boolean healthy) {
            this.healthy = healthy;
            return this;
        }

        /**
         * Sets <code>services</code> (required).
         *
         * @param services the value
         * @return this builder
         */
        @JsonProperty("services")
        public Builder services(List<DiagnosisService> services) {
            this.services = services;
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
         * @return a new {@link Diagnosis}
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public Diagnosis build() {
            Checks.required(appId, "Diagnosis.appId");
            Checks.required(applicable, "Diagnosis.applicable");
            Checks.required(healthy, "Diagnosis.healthy");
            Checks.required(services, "Diagnosis.services");
            return new Diagnosis(this);
        }

        private Diagnosis buildFromJson() {
            return new Diagnosis(this);
        }
    }
}
