package io.deplite.sdk.params;

import io.deplite.sdk.core.CallParams;
import io.deplite.sdk.core.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed parameters of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class ListFilesParams implements CallParams {
    private final String orgId;
    private final String cursor;
    private final Long limit;

    private ListFilesParams(Builder builder) {
        this.orgId = builder.orgId;
        this.cursor = builder.cursor;
        this.limit = builder.limit;
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
     * The organisation's id (for example <code>org-abc</code>).
     *
     * @return the path parameter <code>orgId</code> (required)
     */
    public String orgId() {
        return orgId;
    }

    /**
     * Where the page starts, from the previous page's <code>nextCursor</code>.
     *
     * @return the query parameter <code>cursor</code>, when set
     */
    public Optional<String> cursor() {
        return Optional.ofNullable(cursor);
    }

    /**
     * Page size.
     *
     * @return the query parameter <code>limit</code>, when set
     */
    public Optional<Long> limit() {
        return Optional.ofNullable(limit);
    }

    @Override
    public Map<String, Object> pathParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("orgId", orgId);
        return values;
    }

    @Override
    public Map<String, Object> queryParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        if (cursor != null) {
            values.put("cursor", cursor);
        }
        if (limit != null) {
            values.put("limit", limit);
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
        if (!(other instanceof ListFilesParams)) {
            return false;
        }
        ListFilesParams that = (ListFilesParams) other;
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
        return "ListFilesParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link ListFilesParams}. */
    public static final class Builder {
        private String orgId;
        private String cursor;
        private Long limit;

        private Builder() {}

        /**
         * Sets the path parameter <code>orgId</code> (required).
         *
         * @param orgId the value
         * @return this builder
         */
        public Builder orgId(String orgId) {
            this.orgId = orgId;
            return this;
        }

        /**
         * Sets the query parameter <code>cursor</code>.
         *
         * @param cursor the value
         * @return this builder
         */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /**
         * Sets the query parameter <code>limit</code>.
         *
         * @param limit the value
         * @return this builder
         */
        public Builder limit(Long limit) {
            this.limit = limit;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public ListFilesParams build() {
            Checks.required(orgId, "ListFilesParams.orgId");
            return new ListFilesParams(this);
        }
    }
}
