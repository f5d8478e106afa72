package io.platformexample.sdk.errors;

import java.time.Duration;

/** A waiter ran out of time before the resource reached a terminal state. */
public class WaiterTimeoutException extends SdkException {
    private static final long serialVersionUID = 1L;

    private final transient Object last;
    private final String value;
    private final String operationId;
    private final Duration timeout;

    /**
     * An exception for one waiter that timed out.
     *
     * @param message what was waited for
     * @param last the last result seen
     * @param value the watched field's last value, as text
     * @param operationId the operation that was polled
     * @param timeout how long the waiter waited
     */
    public WaiterTimeoutException(String message, Object last, String value, String operationId, Duration timeout) {
        super(message);
        this.last = last;
        this.value = value;
        this.operationId = operationId;
        this.timeout = timeout;
    }

    /**
     * The last result seen (the operation's typed result).
     *
     * @return the last result
     */
    public Object last() {
        return last;
    }

    /**
     * The watched field's last value, as text.
     *
     * @return the value, or null when the field was absent
     */
    public String value() {
        return value;
    }

    /**
     * The operationId that was polled.
     *
     * @return the operationId
     */
    public String operationId() {
        return operationId;
    }

    /**
     * How long the waiter waited.
     *
     * @return the timeout
     */
    public Duration timeout() {
        return timeout;
    }
}
