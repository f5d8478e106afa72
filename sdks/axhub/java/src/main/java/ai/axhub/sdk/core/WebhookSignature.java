package ai.axhub.sdk.core;

import ai.axhub.sdk.errors.InvalidArgumentException;
import ai.axhub.sdk.errors.WebhookVerificationException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Public: how an API signs the webhook deliveries it sends (generated from its description), and
 * {@link #verify}, which checks one delivery. The signature is the HMAC-SHA256 of the raw body,
 * keyed with the whole secret (prefix included) as UTF-8, in lower-case hex or base64, in one
 * header. Immutable; each setter returns a copy.
 */
public final class WebhookSignature {
    private final String header;
    private final String encoding;
    private final String secretPrefix;
    private final String testHeader;
    private final String eventField;
    private final Map<String, Type> events;

    private WebhookSignature(
            String header, String encoding, String secretPrefix, String testHeader, String eventField, Map<String, Type> events) {
        this.header = header;
        this.encoding = encoding;
        this.secretPrefix = secretPrefix;
        this.testHeader = testHeader;
        this.eventField = eventField;
        this.events = Collections.unmodifiableMap(events);
    }

    /**
     * An HMAC-SHA256 signature in {@code header}, lower-case hex, events named by {@code type}.
     *
     * @param header the signature's header, e.g. {@code X-Webhook-Signature}
     * @return the signature
     */
    public static WebhookSignature hmacSha256(String header) {
        return new WebhookSignature(Objects.requireNonNull(header, "header"), "hex", "", "", "type", new LinkedHashMap<>());
    }

    /**
     * The signature's encoding.
     *
     * @param encoding {@code hex} or {@code base64}
     * @return a copy
     */
    public WebhookSignature encoding(String encoding) {
        if (!"hex".equals(encoding) && !"base64".equals(encoding)) {
            throw new IllegalArgumentException("encoding must be hex or base64, got " + encoding);
        }
        return new WebhookSignature(header, encoding, secretPrefix, testHeader, eventField, new LinkedHashMap<>(events));
    }

    /**
     * The prefix every secret starts with.
     *
     * @param prefix e.g. {@code whsec_}; empty for no rule
     * @return a copy
     */
    public WebhookSignature secretPrefix(String prefix) {
        return new WebhookSignature(header, encoding, Objects.requireNonNull(prefix, "prefix"), testHeader, eventField,
                new LinkedHashMap<>(events));
    }

    /**
     * The header ({@code true}) that marks test deliveries.
     *
     * @param name the header; empty for none
     * @return a copy
     */
    public WebhookSignature testHeader(String name) {
        return new WebhookSignature(header, encoding, secretPrefix, Objects.requireNonNull(name, "name"), eventField,
                new LinkedHashMap<>(events));
    }

    /**
     * The payload's field that names the event.
     *
     * @param field e.g. {@code type}
     * @return a copy
     */
    public WebhookSignature eventField(String field) {
        return new WebhookSignature(header, encoding, secretPrefix, testHeader, Objects.requireNonNull(field, "field"),
                new LinkedHashMap<>(events));
    }

    /**
     * The model an event's payload decodes to.
     *
     * @param name the event's name, e.g. {@code tenant.created}
     * @param model its model
     * @return a copy
     */
    public WebhookSignature event(String name, Type model) {
        Map<String, Type> more = new LinkedHashMap<>(events);
        more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(model, "model"));
        return new WebhookSignature(header, encoding, secretPrefix, testHeader, eventField, more);
    }

    /**
     * The signature's header.
     *
     * @return the header name
     */
    public String header() {
        return header;
    }

    /**
     * The events the API describes, and the model of each.
     *
     * @return model by event name
     */
    public Map<String, Type> events() {
        return events;
    }

    /**
     * The signature of a body with a secret, as the API sends it (for tests of a receiver).
     *
     * @param secret the webhook's secret
     * @param body the raw body
     * @return the header's value
     */
    public String sign(String secret, byte[] body) {
        byte[] mac = mac(Objects.requireNonNull(secret, "secret"), Objects.requireNonNull(body, "body"));
        if ("base64".equals(encoding)) {
            return Base64.getEncoder().encodeToString(mac);
        }
        StringBuilder hex = new StringBuilder(mac.length * 2);
        for (byte b : mac) {
            hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return hex.toString();
    }

    /**
     * Verifies one delivery and decodes its event. The signature is checked over the raw body (as
     * it came, before any parsing) with every secret given, in constant time. Give one secret, or
     * two while the secret is rotated (the old and the new).
     *
     * @param headers the delivery's headers, names in any case (e.g. {@code HttpExchange.getRequestHeaders()})
     * @param body the raw body
     * @param secrets the webhook's secret, or the old and the new one
     * @return the verified event
     * @throws WebhookVerificationException for a missing or wrong signature, or a body that is not a JSON object
     * @throws InvalidArgumentException for no secret, more than two, or one without the API's prefix
     */
    public WebhookEvent verify(Map<String, ? extends Collection<String>> headers, byte[] body, String... secrets) {
        Objects.requireNonNull(headers, "headers");
        return verify(name -> first(headers, name), body, secrets);
    }

    /**
     * {@link #verify(Map, byte[], String...)} with the headers read one by one (e.g. a servlet
     * request's {@code getHeader}).
     *
     * @param header the value of a header by name, or null when absent
     * @param body the raw body
     * @param secrets the webhook's secret, or the old and the new one
     * @return the verified event
     */
    public WebhookEvent verify(UnaryOperator<String> header, byte[] body, String... secrets) {
        Objects.requireNonNull(header, "header");
        if (body == null) {
            throw new InvalidArgumentException("verifyWebhook: the body is required (the raw bytes as they came)");
        }
        if (secrets == null || secrets.length == 0 || secrets.length > 2) {
            throw new InvalidArgumentException("verifyWebhook: give one secret, or two during a rotation (got "
                    + (secrets == null ? 0 : secrets.length) + ")");
        }
        for (String secret : secrets) {
            if (secret == null || secret.isEmpty() || !secret.startsWith(secretPrefix)) {
                throw new InvalidArgumentException("verifyWebhook: a webhook secret starts with '" + secretPrefix + "'");
            }
        }
        String given = header.apply(this.header);
        given = given == null ? "" : given.trim();
        if (given.isEmpty()) {
            throw new WebhookVerificationException("no " + this.header + " header");
        }
        byte[] givenBytes = given.getBytes(StandardCharsets.UTF_8);
        boolean matched = false;
        for (String secret : secrets) {
            // every secret is tried, and MessageDigest.isEqual takes the same time wherever the bytes differ
            matched |= MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.UTF_8), givenBytes);
        }
        if (!matched) {
            throw new WebhookVerificationException("the " + this.header + " signature matches no secret");
        }
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new WebhookVerificationException("the body is not a JSON object", e);
        }
        if (tree == null || !tree.isObject()) {
            throw new WebhookVerificationException("the body is not a JSON object");
        }
        JsonNode name = tree.get(eventField);
        String type = name != null && name.isTextual() ? name.textValue() : "";
        boolean test = !testHeader.isEmpty() && "true".equals(lower(header.apply(testHeader)));
        Type model = events.get(type);
        Object payload;
        try {
            payload = model == null
                    ? Json.mapper().convertValue(tree, Object.class)
                    : Json.reader(model).readValue(tree);
        } catch (IOException | IllegalArgumentException e) {
            throw new WebhookVerificationException("the " + type + " payload does not match its model: " + e.getMessage(), e);
        }
        return new WebhookEvent(type, test, payload, body);
    }

    private static String lower(String value) {
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    }

    private static String first(Map<String, ? extends Collection<String>> headers, String name) {
        for (Map.Entry<String, ? extends Collection<String>> entry : headers.entrySet()) {
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && entry.getValue() != null
                    && !entry.getValue().isEmpty()) {
                return entry.getValue().iterator().next();
            }
        }
        return null;
    }

    private static byte[] mac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof WebhookSignature)) {
            return false;
        }
        WebhookSignature that = (WebhookSignature) other;
        return header.equals(that.header) && encoding.equals(that.encoding) && secretPrefix.equals(that.secretPrefix)
                && testHeader.equals(that.testHeader) && eventField.equals(that.eventField) && events.equals(that.events);
    }

    @Override
    public int hashCode() {
        return Objects.hash(header, encoding, secretPrefix, testHeader, eventField, events);
    }

    @Override
    public String toString() {
        return "WebhookSignature[" + header + ", " + encoding + ", events=" + events.keySet() + "]";
    }
}
