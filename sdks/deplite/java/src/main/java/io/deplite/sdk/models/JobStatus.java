package io.deplite.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * <code>queued</code> until the agent takes the job, <code>running</code> until its result
 * arrives, then <code>success</code> or <code>failed</code>.
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class JobStatus {
    /**
     * The value <code>"queued"</code>.
     */
    public static final JobStatus QUEUED = new JobStatus("queued");

    /**
     * The value <code>"running"</code>.
     */
    public static final JobStatus RUNNING = new JobStatus("running");

    /**
     * The value <code>"success"</code>.
     */
    public static final JobStatus SUCCESS = new JobStatus("success");

    /**
     * The value <code>"failed"</code>.
     */
    public static final JobStatus FAILED = new JobStatus("failed");

    private static final List<JobStatus> VALUES = List.of(QUEUED, RUNNING, SUCCESS, FAILED);

    private final String value;

    private JobStatus(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static JobStatus of(String value) {
        for (JobStatus known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new JobStatus(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<JobStatus> values() {
        return VALUES;
    }

    /**
     * The wire value.
     *
     * @return the value
     */
    @JsonValue
    public String value() {
        return value;
    }

    /**
     * Whether this is one of the constants.
     *
     * @return true for a known value
     */
    public boolean isKnown() {
        return VALUES.contains(this);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof JobStatus && value.equals(((JobStatus) other).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
