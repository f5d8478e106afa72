package io.deplite.sdk.params;

import io.deplite.sdk.core.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class SlackOauthCallbackParams2 {
    private final Map<String, Object> query;

    private SlackOauthCallbackParams2(Map<String, Object> query) {
        this.query = query;
    }

    /**
     * Starts building the parameters.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The query, header and cookie parameters that are set, by wire name.
     *
     * @return a new map
     */
    public Map<String, Object> queryParams() {
        return new LinkedHashMap<>(query);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SlackOauthCallbackParams2)) {
            return false;
        }
        SlackOauthCallbackParams2 that = (SlackOauthCallbackParams2) other;
        return query.equals(that.query);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query);
    }

    @Override
    public String toString() {
        return "SlackOauthCallbackParams2{query=" + query + "}";
    }

    /** Builds {@link SlackOauthCallbackParams2}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();

        private Builder() {}

        /**
         * The authorisation code Slack issued.
         *
         * Sets the query parameter <code>code</code> (required).
         *
         * @param code the value, or null to leave it out
         * @return this builder
         */
        public Builder code(String code) {
            if (code == null) {
                query.remove("code");
            } else {
                query.put("code", code);
            }
            return this;
        }

        /**
         * The state of the install link.
         *
         * Sets the query parameter <code>state</code> (required).
         *
         * @param state the value, or null to leave it out
         * @return this builder
         */
        public Builder state(String state) {
            if (state == null) {
                query.remove("state");
            } else {
                query.put("state", state);
            }
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required value is missing
         */
        public SlackOauthCallbackParams2 build() {
            Checks.required(query.get("code"), "code");
            Checks.required(query.get("state"), "state");
            return new SlackOauthCallbackParams2(new LinkedHashMap<>(query));
        }
    }
}
