package ai.axhub.sdk.params;

import ai.axhub.sdk.models.LogDirection;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class DeploymentsLogsParams {
    private final Map<String, Object> query;

    private DeploymentsLogsParams(Map<String, Object> query) {
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
        if (!(other instanceof DeploymentsLogsParams)) {
            return false;
        }
        DeploymentsLogsParams that = (DeploymentsLogsParams) other;
        return query.equals(that.query);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query);
    }

    @Override
    public String toString() {
        return "DeploymentsLogsParams{query=" + query + "}";
    }

    /** Builds {@link DeploymentsLogsParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Paging direction; <code>backward</code> (default) goes back in time,
         * <code>forward</code> returns only newer lines.
         *
         * Sets the query parameter <code>direction</code>.
         *
         * @param direction the value, or null to leave it out
         * @return this builder
         */
        public Builder direction(LogDirection direction) {
            if (direction == null) {
                query.remove("direction");
            } else {
                query.put("direction", direction);
            }
            return this;
        }

        /**
         * Opaque continuation token; the <code>next_cursor</code> of the previous page. A value
         * that is not a cursor this API issued gives 400 <code>validation_failed</code>.
         *
         * Sets the query parameter <code>cursor</code>.
         *
         * @param cursor the value, or null to leave it out
         * @return this builder
         */
        public Builder cursor(String cursor) {
            if (cursor == null) {
                query.remove("cursor");
            } else {
                query.put("cursor", cursor);
            }
            return this;
        }

        /**
         * Lower time bound (RFC 3339); where a forward read starts.
         *
         * Sets the query parameter <code>since</code>.
         *
         * @param since the value, or null to leave it out
         * @return this builder
         */
        public Builder since(OffsetDateTime since) {
            if (since == null) {
                query.remove("since");
            } else {
                query.put("since", since);
            }
            return this;
        }

        /**
         * Upper time bound (RFC 3339).
         *
         * Sets the query parameter <code>until</code>.
         *
         * @param until the value, or null to leave it out
         * @return this builder
         */
        public Builder until(OffsetDateTime until) {
            if (until == null) {
                query.remove("until");
            } else {
                query.put("until", until);
            }
            return this;
        }

        /**
         * Maximum number of lines in the page.
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
         * Builds the parameters.
         *
         * @return the parameters
         */
        public DeploymentsLogsParams build() {
            return new DeploymentsLogsParams(new LinkedHashMap<>(query));
        }
    }
}
