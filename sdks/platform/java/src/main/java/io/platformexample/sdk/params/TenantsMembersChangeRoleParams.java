package io.platformexample.sdk.params;

import io.platformexample.sdk.models.InvitableRole;
import io.platformexample.sdk.models.RoleRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class TenantsMembersChangeRoleParams {
    private final Map<String, Object> query;
    private final RoleRequest body;

    private TenantsMembersChangeRoleParams(Map<String, Object> query, RoleRequest body) {
        this.query = query;
        this.body = body;
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

    /**
     * The request body.
     *
     * @return the body (required)
     */
    public RoleRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TenantsMembersChangeRoleParams)) {
            return false;
        }
        TenantsMembersChangeRoleParams that = (TenantsMembersChangeRoleParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "TenantsMembersChangeRoleParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link TenantsMembersChangeRoleParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private RoleRequest body;
        private RoleRequest.Builder fields;

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
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(RoleRequest body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private RoleRequest.Builder fields() {
            if (fields == null) {
                fields = body == null ? RoleRequest.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * Sets the body field {@code role} (required).
         *
         * @param role the value
         * @return this builder
         */
        public Builder role(InvitableRole role) {
            fields().role(role);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public TenantsMembersChangeRoleParams build() {
            RoleRequest built = fields != null ? fields.build() : body;
            if (built == null) {
                built = RoleRequest.builder().build();
            }
            return new TenantsMembersChangeRoleParams(new LinkedHashMap<>(query), built);
        }
    }
}
