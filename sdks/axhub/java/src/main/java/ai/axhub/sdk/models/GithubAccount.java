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
 * A GitHub user or organization the caller can install the App on. The seed only says the entries
 * are objects; this shape is our definition.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = GithubAccount.Builder.class)
public final class GithubAccount {
    @JsonProperty("login")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String login;

    @JsonProperty("id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Long id;

    @JsonProperty("type")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final GithubAccountType type;

    @JsonProperty("avatar_url")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> avatarUrl;

    @JsonProperty("installation_id")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Long> installationId;

    private final Map<String, Object> additionalProperties;

    private GithubAccount(Builder builder) {
        this.login = builder.login;
        this.id = builder.id;
        this.type = builder.type;
        this.avatarUrl = builder.avatarUrl;
        this.installationId = builder.installationId;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code GithubAccount}.
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
     * GitHub login.
     *
     * @return the <code>login</code> field (required)
     */
    public String login() {
        return login;
    }

    /**
     * GitHub account ID.
     *
     * @return the <code>id</code> field (required)
     */
    public Long id() {
        return id;
    }

    /**
     * Whether this is the caller's own user or an organization.
     *
     * @return the <code>type</code> field (required)
     */
    public GithubAccountType type() {
        return type;
    }

    /**
     * Avatar image URL.
     *
     * @return the <code>avatar_url</code> field; empty when absent
     */
    public Optional<String> avatarUrl() {
        return avatarUrl.toOptional();
    }

    /**
     * ID of the AxHub GitHub App installation on this account; null when it is not installed.
     *
     * @return the <code>installation_id</code> field; empty when null
     */
    public Optional<Long> installationId() {
        return installationId.toOptional();
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
        if (!(other instanceof GithubAccount)) {
            return false;
        }
        GithubAccount that = (GithubAccount) other;
        return Objects.deepEquals(login, that.login)
                && Objects.deepEquals(id, that.id)
                && Objects.deepEquals(type, that.type)
                && Objects.deepEquals(avatarUrl, that.avatarUrl)
                && Objects.deepEquals(installationId, that.installationId)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {login, id, type, avatarUrl, installationId, additionalProperties});
    }

    @Override
    public String toString() {
        return "GithubAccount{"
                + "login=" + login
                + ", id=" + id
                + ", type=" + type
                + ", avatarUrl=" + avatarUrl
                + ", installationId=" + installationId
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link GithubAccount}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String login;
        private Long id;
        private GithubAccountType type;
        private JsonNullable<String> avatarUrl = JsonNullable.undefined();
        private JsonNullable<Long> installationId = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(GithubAccount source) {
            this.login = source.login;
            this.id = source.id;
            this.type = source.type;
            this.avatarUrl = source.avatarUrl;
            this.installationId = source.installationId;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>login</code> (required).
         *
         * @param login the value
         * @return this builder
         */
        @JsonProperty("login")
        public Builder login(String login) {
            this.login = login;
            return this;
        }

        /**
         * Sets <code>id</code> (required).
         *
         * @param id the value
         * @return this builder
         */
        @JsonProperty("id")
        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        /**
         * Sets <code>type</code> (required).
         *
         * @param type the value
         * @return this builder
         */
        @JsonProperty("type")
        public Builder type(GithubAccountType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets <code>avatar_url</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param avatarUrl the value
         * @return this builder
         */
        @JsonProperty("avatar_url")
        public Builder avatarUrl(String avatarUrl) {
            this.avatarUrl = JsonNullable.of(avatarUrl);
            return this;
        }

        /**
         * Sets <code>installation_id</code> (required; null is sent as JSON null).
         *
         * @param installationId the value
         * @return this builder
         */
        @JsonProperty("installation_id")
        public Builder installationId(Long installationId) {
            this.installationId = JsonNullable.of(installationId);
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
         * @return a new {@link GithubAccount}
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public GithubAccount build() {
            Checks.required(login, "GithubAccount.login");
            Checks.required(id, "GithubAccount.id");
            Checks.required(type, "GithubAccount.type");
            return new GithubAccount(this);
        }

        private GithubAccount buildFromJson() {
            return new GithubAccount(this);
        }
    }
}
