package ai.axhub.sdk.params;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class DeploymentsGithubRepositoriesParams {
    private final Map<String, Object> query;

    private DeploymentsGithubRepositoriesParams(Map<String, Object> query) {
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
        if (!(other instanceof DeploymentsGithubRepositoriesParams)) {
            return false;
        }
        DeploymentsGithubRepositoriesParams that = (DeploymentsGithubRepositoriesParams) other;
        return query.equals(that.query);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query);
    }

    @Override
    public String toString() {
        return "DeploymentsGithubRepositoriesParams{query=" + query + "}";
    }

    /** Builds {@link DeploymentsGithubRepositoriesParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Page number, starting at 1.
         *
         * Sets the query parameter <code>page</code>.
         *
         * @param page the value, or null to leave it out
         * @return this builder
         */
        public Builder page(Long page) {
            if (page == null) {
                query.remove("page");
            } else {
                query.put("page", page);
            }
            return this;
        }

        /**
         * Sets the query parameter <code>page</code>.
         *
         * @param page the value
         * @return this builder
         */
        public Builder page(long page) {
            return page(Long.valueOf(page));
        }

        /**
         * Repositories per page.
         *
         * Sets the query parameter <code>per_page</code>.
         *
         * @param perPage the value, or null to leave it out
         * @return this builder
         */
        public Builder perPage(Long perPage) {
            if (perPage == null) {
                query.remove("per_page");
            } else {
                query.put("per_page", perPage);
            }
            return this;
        }

        /**
         * Sets the query parameter <code>per_page</code>.
         *
         * @param perPage the value
         * @return this builder
         */
        public Builder perPage(long perPage) {
            return perPage(Long.valueOf(perPage));
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public DeploymentsGithubRepositoriesParams build() {
            return new DeploymentsGithubRepositoriesParams(new LinkedHashMap<>(query));
        }
    }
}
