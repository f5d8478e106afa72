package io.platformexample.sdk.params;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class TenantsMembersRemoveParams {
    private final Map<String, Object> query;

    private TenantsMembersRemoveParams(Map<String, Object> query) {
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
        if (!(other instanceof TenantsMembersRemoveParams)) {
            return false;
        }
        TenantsMembersRemoveParams that = (TenantsMembersRemoveParams) other;
        return query.equals(that.query);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query);
    }

    @Override
    public String toString() {
        return "TenantsMembersRemoveParams{query=" + query + "}";
    }

    /** Builds {@link TenantsMembersRemoveParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();

        private Builder() {}

        /**
         * The tenant the call is about. Sessions and <code>user</code> API keys must send it; an
         * <code>admin</code> API key without it acts on the root tenant.
         *
         * Sets the header parameter <code>X-Tenant-ID</code>.
         *
         * @param xTenantID the value, or null to leave it out
         * @return this builder
         */
        public Builder xTenantID(String xTenantID) {
            if (xTenantID == null) {
                query.remove("X-Tenant-ID");
            } else {
                query.put("X-Tenant-ID", xTenantID);
            }
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public TenantsMembersRemoveParams build() {
            return new TenantsMembersRemoveParams(new LinkedHashMap<>(query));
        }
    }
}
