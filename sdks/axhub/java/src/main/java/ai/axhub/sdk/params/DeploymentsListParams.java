package ai.axhub.sdk.params;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class DeploymentsListParams {
    private final Map<String, Object> query;

    private DeploymentsListParams(Map<String, Object> query) {
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
        if (!(other instanceof DeploymentsListParams)) {
            return false;
        }
        DeploymentsListParams that = (DeploymentsListParams) other;
        return query.equals(that.query);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query);
    }

    @Override
    public String toString() {
        return "DeploymentsListParams{query=" + query + "}";
    }

    /** Builds {@link DeploymentsListParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Page size.
         *
         * Sets the query parameter <code>limit</code>.
         *
         * @param limit the value, or null to leave it out
         * @return this builder
         */
        public Builder limit(Long limit) {
            if (limit == null) {
                query.remove("limit");
            } else {
                query.put("limit", limit);
            }
            return this;
        }

        /**
         * Sets the query parameter <code>limit</code>.
         *
         * @param limit the value
         * @return this builder
         */
        public Builder limit(long limit) {
            return limit(Long.valueOf(limit));
        }

        /**
         * Number of items to skip.
         *
         * Sets the query parameter <code>offset</code>.
         *
         * @param offset the value, or null to leave it out
         * @return this builder
         */
        public Builder offset(Long offset) {
            if (offset == null) {
                query.remove("offset");
            } else {
                query.put("offset", offset);
            }
            return this;
        }

        /**
         * Sets the query parameter <code>offset</code>.
         *
         * @param offset the value
         * @return this builder
         */
        public Builder offset(long offset) {
            return offset(Long.valueOf(offset));
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public DeploymentsListParams build() {
            return new DeploymentsListParams(new LinkedHashMap<>(query));
        }
    }
}
