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
 * The caller's GitHub user followed by their organizations.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = GithubAccounts.Builder.class)
public final class GithubAccounts {
    @JsonProperty("accounts")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final List<GithubAccount> accounts;

    private final Map<String, Object> additionalProperties;

    private GithubAccounts(Builder builder) {
        this.accounts = builder.accounts;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code GithubAccounts}.
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
     * The user account first, then organizations.
     *
     * @return the <code>accounts</code> field (required)
     */
    public List<GithubAccount> accounts() {
        return accounts;
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
        if (!(other instanceof GithubAccounts)) {
            return false;
        }
        GithubAccounts that = (GithubAccounts) other;
        return Objects.deepEquals(accounts, that.accounts)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {accounts, additionalProperties});
    }

    @Override
    public String toString() {
        return "GithubAccounts{"
                + "accounts=" + accounts
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link GithubAccounts}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private List<GithubAccount> accounts;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(GithubAccounts source) {
            this.accounts = source.accounts;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>accounts</code> (required).
         *
         * @param accounts the value
         * @return this builder
         */
        @JsonProperty("accounts")
        public Builder accounts(List<GithubAccount> accounts) {
            this.accounts = accounts;
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
         * @return a new {@link GithubAccounts}
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public GithubAccounts build() {
            Checks.required(accounts, "GithubAccounts.accounts");
            return new GithubAccounts(this);
        }

        private GithubAccounts buildFromJson() {
            return new GithubAccounts(this);
        }
    }
}
