package ai.axhub.sdk.params;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class DeploymentsLifecycleRetryPromotionParams {
    private final Map<String, Object> query;

    private DeploymentsLifecycleRetryPromotionParams(Map<String, Object> query) {
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
        if (!(other instanceof DeploymentsLifecycleRetryPromotionParams)) {
            return false;
        }
        DeploymentsLifecycleRetryPromotionParams that = (DeploymentsLifecycleRetryPromotionParams) other;
        return query.equals(that.query);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query);
    }

    @Override
    public String toString() {
        return "DeploymentsLifecycleRetryPromotionParams{query=" + query + "}";
    }

    /** Builds {@link DeploymentsLifecycleRetryPromotionParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Client-chosen key that makes a retried request safe. Sending the same key with the same
         * body again replays the first response instead of doing the work twice; sending the same
         * key with a different body, or on another resource (other path or query parameters), is
         * rejected with 409 <code>idempotency_key_reused</code>. A duplicate sent while the first
         * request is still running waits for its answer and gets the replay. The key is 1-255
         * printable ASCII characters (space to <code>~</code>), without leading or trailing
         * spaces.
         *
         * Sets the header parameter <code>Idempotency-Key</code>.
         *
         * @param idempotencyKey the value, or null to leave it out
         * @return this builder
         */
        public Builder idempotencyKey(String idempotencyKey) {
            if (idempotencyKey == null) {
                query.remove("Idempotency-Key");
            } else {
                query.put("Idempotency-Key", idempotencyKey);
            }
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public DeploymentsLifecycleRetryPromotionParams build() {
            return new DeploymentsLifecycleRetryPromotionParams(new LinkedHashMap<>(query));
        }
    }
}
