package ai.axhub.sdk.errors;

/**
 * Public: a webhook delivery refused by {@code WebhookSignature.verify}: no signature header, a
 * signature that no secret gives, or a body that is not the JSON object of an event. Nothing of a
 * refused delivery should be acted on.
 */
public class WebhookVerificationException extends SdkException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    /**
     * A refusal.
     *
     * @param reason why the delivery was refused
     */
    public WebhookVerificationException(String reason) {
        super("webhook refused: " + reason);
        this.reason = reason;
    }

    /**
     * A refusal with its cause.
     *
     * @param reason why the delivery was refused
     * @param cause what failed
     */
    public WebhookVerificationException(String reason, Throwable cause) {
        super("webhook refused: " + reason, cause);
        this.reason = reason;
    }

    /**
     * Why the delivery was refused.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }
}
