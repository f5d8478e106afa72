package io.deplite.sdk.params;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class FilesListParams {
    private final Map<String, Object> query;

    private FilesListParams(Map<String, Object> query) {
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
        if (!(other instanceof FilesListParams)) {
            return false;
        }
        FilesListParams that = (FilesListParams) other;
        return query.equals(that.query);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query);
    }

    @Override
    public String toString() {
        return "FilesListParams{query=" + query + "}";
    }

    /** Builds {@link FilesListParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Where the page starts, from the previous page's <code>nextCursor</code>.
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
         * Builds the parameters.
         *
         * @return the parameters
         */
        public FilesListParams build() {
            return new FilesListParams(new LinkedHashMap<>(query));
        }
    }
}
