package io.deplite.sdk.params;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class JobsLogsParams {
    private final Map<String, Object> query;

    private JobsLogsParams(Map<String, Object> query) {
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
        if (!(other instanceof JobsLogsParams)) {
            return false;
        }
        JobsLogsParams that = (JobsLogsParams) other;
        return query.equals(that.query);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query);
    }

    @Override
    public String toString() {
        return "JobsLogsParams{query=" + query + "}";
    }

    /** Builds {@link JobsLogsParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();

        private Builder() {}

        /**
         * The first sequence number to return.
         *
         * Sets the query parameter <code>sinceSeq</code>.
         *
         * @param sinceSeq the value, or null to leave it out
         * @return this builder
         */
        public Builder sinceSeq(Long sinceSeq) {
            if (sinceSeq == null) {
                query.remove("sinceSeq");
            } else {
                query.put("sinceSeq", sinceSeq);
            }
            return this;
        }

        /**
         * Sets the query parameter <code>sinceSeq</code>.
         *
         * @param sinceSeq the value
         * @return this builder
         */
        public Builder sinceSeq(long sinceSeq) {
            return sinceSeq(Long.valueOf(sinceSeq));
        }

        /**
         * The most lines to return.
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
        public JobsLogsParams build() {
            return new JobsLogsParams(new LinkedHashMap<>(query));
        }
    }
}
