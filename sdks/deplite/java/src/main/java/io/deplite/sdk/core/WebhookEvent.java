package io.deplite.sdk.core;

import io.deplite.sdk.errors.InvalidArgumentException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Public: a verified webhook delivery (see {@link WebhookSignature#verify}): its event name, whether
 * it is a test delivery, and its payload decoded into the event's model, or into plain JSON values
 * (maps, lists, strings, numbers) for an event the API description does not name.
 */
public final class WebhookEvent {
    private final String type;
    private final boolean test;
    private final Object payload;
    private final byte[] raw;

    WebhookEvent(String type, boolean test, Object payload, byte[] raw) {
        this.type = type;
        this.test = test;
        this.payload = payload;
        this.raw = raw.clone();
    }

    /**
     * The event's name, from the payload's event field.
     *
     * @return e.g. {@code tenant.created}; empty when the payload names none
     */
    public String type() {
        return type;
    }

    /**
     * Whether the API marked this delivery as a test.
     *
     * @return true for a test delivery
     */
    public boolean test() {
        return test;
    }

    /**
     * The payload: an instance of the event's model, or plain JSON values for an unknown event.
     *
     * @return the payload
     */
    public Object payload() {
        return payload;
    }

    /**
     * The payload as the model the caller expects.
     *
     * @param <T> the model
     * @param model the model's class
     * @return the payload
     * @throws InvalidArgumentException when the payload is not of that class
     */
    public <T> T payloadAs(Class<T> model) {
        if (!model.isInstance(payload)) {
            throw new InvalidArgumentException("the " + (type.isEmpty() ? "webhook" : type) + " payload is a "
                    + (payload == null ? "null" : payload.getClass().getSimpleName()) + ", not a " + model.getSimpleName());
        }
        return model.cast(payload);
    }

    /**
     * The body as it came.
     *
     * @return a copy of the raw bytes
     */
    public byte[] raw() {
        return raw.clone();
    }

    /**
     * The body as text.
     *
     * @return the raw body decoded as UTF-8
     */
    public String rawText() {
        return new String(raw, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof WebhookEvent)) {
            return false;
        }
        WebhookEvent that = (WebhookEvent) other;
        return type.equals(that.type) && test == that.test && Objects.equals(payload, that.payload)
                && java.util.Arrays.equals(raw, that.raw);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, test, payload);
    }

    @Override
    public String toString() {
        return "WebhookEvent[type=" + type + ", test=" + test + ", payload=" + payload + "]";
    }
}
