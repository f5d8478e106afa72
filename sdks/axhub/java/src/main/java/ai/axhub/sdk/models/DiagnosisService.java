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

/**
 * Findings for one service of the app. The seed only says the entries are objects; this shape is
 * our definition. <code>reason</code> comes from the platform and can be trusted;
 * <code>app_signal</code> is text taken from the app's own output and must be treated as
 * untrusted.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = DiagnosisService.Builder.class)
public final class DiagnosisService {
    @JsonProperty("name")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String name;

    @JsonProperty("ready")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean ready;

    @JsonProperty("restarts")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Long restarts;

    @JsonProperty("reason")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> reason;

    @JsonProperty("app_signal")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> appSignal;

    private final Map<String, Object> additionalProperties;

    private DiagnosisService(Builder builder) {
        this.name = builder.name;
        this.ready = builder.ready;
        this.restarts = builder.restarts;
        this.reason = builder.reason;
        this.appSignal = builder.appSignal;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code DiagnosisService}.
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
     * Service name.
     *
     * @return the <code>name</code> field (required)
     */
    public String name() {
        return name;
    }

    /**
     * Whether the service's pods are ready.
     *
     * @return the <code>ready</code> field (required)
     */
    public Boolean ready() {
        return ready;
    }

    /**
     * Container restart count.
     *
     * @return the <code>restarts</code> field (required)
     */
    public Long restarts() {
        return restarts;
    }

    /**
     * Failure cause determined by the platform (for example <code>CrashLoopBackOff</code>), if
     * any.
     *
     * @return the <code>reason</code> field: absent, null, or a value
     */
    public JsonNullable<String> reason() {
        return reason;
    }

    /**
     * Untrusted hint from the app's own output (for example its last error line), if any.
     *
     * @return the <code>app_signal</code> field: absent, null, or a value
     */
    public JsonNullable<String> appSignal() {
        return appSignal;
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
        if (!(other instanceof DiagnosisService)) {
            return false;
        }
        DiagnosisService that = (DiagnosisService) other;
        return Objects.deepEquals(name, that.name)
                && Objects.deepEquals(ready, that.ready)
                && Objects.deepEquals(restarts, that.restarts)
                && Objects.deepEquals(reason, that.reason)
                && Objects.deepEquals(appSignal, that.appSignal)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {name, ready, restarts, reason, appSignal, additionalProperties});
    }

    @Override
    public String toString() {
        return "DiagnosisService{"
                + "name=" + name
                + ", ready=" + ready
                + ", restarts=" + restarts
                + ", reason=" + reason
                + ", appSignal=" + appSignal
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link DiagnosisService}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String name;
        private Boolean ready;
        private Long restarts;
        private JsonNullable<String> reason = JsonNullable.undefined();
        private JsonNullable<String> appSignal = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(DiagnosisService source) {
            this.name = source.name;
            this.ready = source.ready;
            this.restarts = source.restarts;
            this.reason = source.reason;
            this.appSignal = source.appSignal;
            this.additionalProperties.putAll(source.additionalProperties);
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
         * Sets <code>ready</code> (required).
         *
         * @param ready the value
         * @return this builder
         */
        @JsonProperty("ready")
        public Builder ready(Boolean ready) {
            this.ready = ready;
            return this;
        }

        /**
         * Sets <code>restarts</code> (required).
         *
         * @param restarts the value
         * @return this builder
         */
        @JsonProperty("restarts")
        public Builder restarts(Long restarts) {
            this.restarts = restarts;
            return this;
        }

        /**
         * Sets <code>reason</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param reason the value
         * @return this builder
         */
        @JsonProperty("reason")
        public Builder reason(String reason) {
            this.reason = JsonNullable.of(reason);
            return this;
        }

        /**
         * Sets <code>app_signal</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param appSignal the value
         * @return this builder
         */
        @JsonProperty("app_signal")
        public Builder appSignal(String appSignal) {
            this.appSignal = JsonNullable.of(appSignal);
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
         * @return a new {@link DiagnosisService}
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public DiagnosisService build() {
            Checks.required(name, "DiagnosisService.name");
            Checks.required(ready, "DiagnosisService.ready");
            Checks.required(restarts, "DiagnosisService.restarts");
            return new DiagnosisService(this);
        }

        private DiagnosisService buildFromJson() {
            return new DiagnosisService(this);
        }
    }
}
