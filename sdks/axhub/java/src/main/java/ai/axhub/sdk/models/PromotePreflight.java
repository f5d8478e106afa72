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
 * Outcome of the pre-promotion checks for one version.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = PromotePreflight.Builder.class)
public final class PromotePreflight {
    @JsonProperty("promotable")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean promotable;

    @JsonProperty("missing_images")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final List<String> missingImages;

    @JsonProperty("diff_keys")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final List<String> diffKeys;

    @JsonProperty("ops")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final List<PreflightOp> ops;

    @JsonProperty("cursor_seq")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Long cursorSeq;

    private final Map<String, Object> additionalProperties;

    private PromotePreflight(Builder builder) {
        this.promotable = builder.promotable;
        this.missingImages = builder.missingImages;
        this.diffKeys = builder.diffKeys;
        this.ops = builder.ops;
        this.cursorSeq = builder.cursorSeq;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code PromotePreflight}.
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
     * True when the version can be promoted now (no images are missing).
     *
     * @return the <code>promotable</code> field (required)
     */
    public Boolean promotable() {
        return promotable;
    }

    /**
     * Images no longer in the registry; any entry blocks promotion.
     *
     * @return the <code>missing_images</code> field (required)
     */
    public List<String> missingImages() {
        return missingImages;
    }

    /**
     * Environment variable keys whose staging value differs from production; a warning that the
     * difference was never verified.
     *
     * @return the <code>diff_keys</code> field (required)
     */
    public List<String> diffKeys() {
        return diffKeys;
    }

    /**
     * Schema changes this promotion would apply, with destructive ones flagged.
     *
     * @return the <code>ops</code> field (required)
     */
    public List<PreflightOp> ops() {
        return ops;
    }

    /**
     * Schema-change cursor that submitting a review now would pin.
     *
     * @return the <code>cursor_seq</code> field (required)
     */
    public Long cursorSeq() {
        return cursorSeq;
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
        if (!(other instanceof PromotePreflight)) {
            return false;
        }
        PromotePreflight that = (PromotePreflight) other;
        return Objects.deepEquals(promotable, that.promotable)
                && Objects.deepEquals(missingImages, that.missingImages)
                && Objects.deepEquals(diffKeys, that.diffKeys)
                && Objects.deepEquals(ops, that.ops)
                && Objects.deepEquals(cursorSeq, that.cursorSeq)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {promotable, missingImages, diffKeys, ops, cursorSeq, additionalProperties});
    }

    @Override
    public String toString() {
        return "PromotePreflight{"
                + "promotable=" + promotable
                + ", missingImages=" + missingImages
                + ", diffKeys=" + diffKeys
                + ", ops=" + ops
                + ", cursorSeq=" + cursorSeq
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link PromotePreflight}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private Boolean promotable;
        private List<String> missingImages;
        private List<String> diffKeys;
        private List<PreflightOp> ops;
        private Long cursorSeq;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(PromotePreflight source) {
            this.promotable = source.promotable;
            this.missingImages = source.missingImages;
            this.diffKeys = source.diffKeys;
            this.ops = source.ops;
            this.cursorSeq = source.cursorSeq;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>promotable</code> (required).
         *
         * @param promotable the value
         * @return this builder
         */
        @JsonProperty("promotable")
        public Builder promotable(Boolean promotable) {
            this.promotable = promotable;
            return this;
        }

        /**
         * Sets <code>missing_images</code> (required).
         *
         * @param missingImages the value
         * @return this builder
         */
        @JsonProperty("missing_images")
        public Builder missingImages(List<String> missingImages) {
            this.missingImages = missingImages;
            return this;
        }

        /**
         * Sets <code>diff_keys</code> (required).
         *
         * @param diffKeys the value
         * @return this builder
         */
        @JsonProperty("diff_keys")
        public Builder diffKeys(List<String> diffKeys) {
            this.diffKeys = diffKeys;
            return this;
        }

        /**
         * Sets <code>ops</code> (required).
         *
         * @param ops the value
         * @return this builder
         */
        @JsonProperty("ops")
        public Builder ops(List<PreflightOp> ops) {
            this.ops = ops;
            return this;
        }

        /**
         * Sets <code>cursor_seq</code> (required).
         *
         * @param cursorSeq the value
         * @return this builder
         */
        @JsonProperty("cursor_seq")
        public Builder cursorSeq(Long cursorSeq) {
            this.cursorSeq = cursorSeq;
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
         * @return a new {@link PromotePreflight}
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public PromotePreflight build() {
            Checks.required(promotable, "PromotePreflight.promotable");
            Checks.required(missingImages, "PromotePreflight.missingImages");
            Checks.required(diffKeys, "PromotePreflight.diffKeys");
            Checks.required(ops, "PromotePreflight.ops");
            Checks.required(cursorSeq, "PromotePreflight.cursorSeq");
            return new PromotePreflight(this);
        }

        private PromotePreflight buildFromJson() {
            return new PromotePreflight(this);
        }
    }
}
