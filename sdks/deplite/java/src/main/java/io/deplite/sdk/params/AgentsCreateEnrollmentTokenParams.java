package io.deplite.sdk.params;

import io.deplite.sdk.models.EnrollmentTokenCreate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class AgentsCreateEnrollmentTokenParams {
    private final Map<String, Object> query;
    private final EnrollmentTokenCreate body;

    private AgentsCreateEnrollmentTokenParams(Map<String, Object> query, EnrollmentTokenCreate body) {
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
    public EnrollmentTokenCreate body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AgentsCreateEnrollmentTokenParams)) {
            return false;
        }
        AgentsCreateEnrollmentTokenParams that = (AgentsCreateEnrollmentTokenParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "AgentsCreateEnrollmentTokenParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link AgentsCreateEnrollmentTokenParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private EnrollmentTokenCreate body;
        private EnrollmentTokenCreate.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(EnrollmentTokenCreate body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private EnrollmentTokenCreate.Builder fields() {
            if (fields == null) {
                fields = body == null ? EnrollmentTokenCreate.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * A note on where the agent will run; it becomes the agent's name.
         *
         * Sets the body field {@code label} (required).
         *
         * @param label the value
         * @return this builder
         */
        public Builder label(String label) {
            fields().label(label);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public AgentsCreateEnrollmentTokenParams build() {
            EnrollmentTokenCreate built = fields != null ? fields.build() : body;
            if (built == null) {
                built = EnrollmentTokenCreate.builder().build();
            }
            return new AgentsCreateEnrollmentTokenParams(new LinkedHashMap<>(query), built);
        }
    }
}
