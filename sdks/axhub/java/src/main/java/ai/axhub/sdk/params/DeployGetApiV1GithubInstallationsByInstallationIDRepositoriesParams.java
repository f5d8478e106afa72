package ai.axhub.sdk.params;

import ai.axhub.sdk.core.CallParams;
import ai.axhub.sdk.core.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed parameters of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class DeployGetApiV1GithubInstallationsByInstallationIDRepositoriesParams implements CallParams {
    private final Long installationID;
    private final Long page;
    private final Long perPage;

    private DeployGetApiV1GithubInstallationsByInstallationIDRepositoriesParams(Builder builder) {
        this.installationID = builder.installationID;
        this.page = builder.page;
        this.perPage = builder.perPage;
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
     * GitHub App installation ID.
     *
     * @return the path parameter <code>installationID</code> (required)
     */
    public Long installationID() {
        return installationID;
    }

    /**
     * Page number, starting at 1.
     *
     * @return the query parameter <code>page</code>, when set
     */
    public Optional<Long> page() {
        return Optional.ofNullable(page);
    }

    /**
     * Repositories per page.
     *
     * @return the query parameter <code>per_page</code>, when set
     */
    public Optional<Long> perPage() {
        return Optional.ofNullable(perPage);
    }

    @Override
    public Map<String, Object> pathParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("installationID", installationID);
        return values;
    }

    @Override
    public Map<String, Object> queryParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        if (page != null) {
            values.put("page", page);
        }
        if (perPage != null) {
            values.put("per_page", perPage);
        }
        return values;
    }

    /**
     * The request body: none for this operation.
     *
     * @return null
     */
    @Override
    public Object body() {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DeployGetApiV1GithubInstallationsByInstallationIDRepositoriesParams)) {
            return false;
        }
        DeployGetApiV1GithubInstallationsByInstallationIDRepositoriesParams that = (DeployGetApiV1GithubInstallationsByInstallationIDRepositoriesParams) other;
        return pathParams().equals(that.pathParams())
                && queryParams().equals(that.queryParams())
                && Objects.deepEquals(body(), that.body());
    }

    @Override
    public int hashCode() {
        return Objects.hash(pathParams(), queryParams());
    }

    @Override
    public String toString() {
        return "DeployGetApiV1GithubInstallationsByInstallationIDRepositoriesParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link DeployGetApiV1GithubInstallationsByInstallationIDRepositoriesParams}. */
    public static final class Builder {
        private Long installationID;
        private Long page;
        private Long perPage;

        private Builder() {}

        /**
         * Sets the path parameter <code>installationID</code> (required).
         *
         * @param installationID the value
         * @return this builder
         */
        public Builder installationID(Long installationID) {
            this.installationID = installationID;
            return this;
        }

        /**
         * Sets the query parameter <code>page</code>.
         *
         * @param page the value
         * @return this builder
         */
        public Builder page(Long page) {
            this.page = page;
            return this;
        }

        /**
         * Sets the query parameter <code>per_page</code>.
         *
         * @param perPage the value
         * @return this builder
         */
        public Builder perPage(Long perPage) {
            this.perPage = perPage;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public DeployGetApiV1GithubInstallationsByInstallationIDRepositoriesParams build() {
            Checks.required(installationID, "DeployGetApiV1GithubInstallationsByInstallationIDRepositoriesParams.installationID");
            return new DeployGetApiV1GithubInstallationsByInstallationIDRepositoriesParams(this);
        }
    }
}
