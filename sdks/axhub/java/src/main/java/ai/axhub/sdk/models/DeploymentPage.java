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
 * A page of deployments. The seed types <code>items</code> only as an array of objects; each item
 * is a full <code>Deployment</code> (and carries its <code>app_id</code>).
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = DeploymentPage.Builder.class)
public final class DeploymentPage {
    @JsonProperty("items")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final List<Deployment> items;

    @JsonProperty("next_cursor")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String nextCursor;

    @JsonProperty("total")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Long total;

    private final Map<String, Object> additionalProperties;

    private DeploymentPage(Builder builder) {
        this.items = builder.items;
        this.nextCursor = builder.nextCursor;
        this.total = builder.total;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code DeploymentPage}.
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
     * @return the <code>items</code> field (required)
     */
    public List<Deployment> items() {
        return items;
    }

    /**
     * Continuation token; empty when there are no more items.
     *
     * @return the <code>next_cursor</code> field (required)
     */
    public String nextCursor() {
        return nextCursor;
    }

    /**
     * Total number of matching deployments.
     *
     * @return the <code>total</code> field (required)
     */
    public Long total() {
        return total;
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
        if (!(other instanceof DeploymentPage)) {
            return false;
        }
        DeploymentPage that = (DeploymentPage) other;
        return Objects.deepEquals(items, that.items)
                && Objects.deepEquals(nextCursor, that.nextCursor)
                && Objects.deepEquals(total, that.total)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {items, nextCursor, total, additionalProperties});
    }

    @Override
    public String toString() {
        return "DeploymentPage{"
                + "items=" + items
                + ", nextCursor=" + nextCursor
                + ", total=" + total
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link DeploymentPage}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private List<Deployment> items;
        private String nextCursor;
        private Long total;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(DeploymentPage source) {
            this.items = source.items;
            this.nextCursor = source.nextCursor;
            this.total = source.total;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>items</code> (required).
         *
         * @param items the value
         * @return this builder
         */
        @JsonProperty("items")
        public Builder items(List<Deployment> items) {
            this.items = items;
            return this;
        }

        /**
         * Sets <code>next_cursor</code> (required).
         *
         * @param nextCursor the value
         * @return this builder
         */
        @JsonProperty("next_cursor")
        public Builder nextCursor(String nextCursor) {
            this.nextCursor = nextCursor;
            return this;
        }

        /**
         * Sets <code>total</code> (required).
         *
         * @param total the value
         * @return this builder
         */
        @JsonProperty("total")
        public Builder total(Long total) {
            this.total = total;
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
         * @return a new {@link DeploymentPage}
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public DeploymentPage build() {
            Checks.required(items, "DeploymentPage.items");
            Checks.required(nextCursor, "DeploymentPage.nextCursor");
            Checks.required(total, "DeploymentPage.total");
            return new DeploymentPage(this);
        }

        private DeploymentPage buildFromJson() {
            return new DeploymentPage(this);
        }
    }
}
