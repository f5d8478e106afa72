package io.platformexample.sdk.core;

import io.platformexample.sdk.errors.InvalidArgumentException;
import io.platformexample.sdk.errors.SdkException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Public: signs requests with a key id and a secret, as a {@link Signature} scheme says. The
 * client does this itself for every attempt of an operation that needs it once it has a signing
 * key; use this to sign a request by hand. Thread-safe; the secret is never shown by
 * {@link #toString()}.
 *
 * <pre>{@code
 * Signer signer = new Signer(scheme, "agt_1", secret);
 * Map<String, String> headers = signer.sign("POST", "/agent/jobs/job_1/result", body);
 * }</pre>
 */
public final class Signer {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Signature signature;
    private final String keyId;
    private final byte[] secret;
    private final LongSupplier clock;
    private final Supplier<String> nonces;

    /**
     * A signer on the system clock with random nonces.
     *
     * @param signature the scheme
     * @param keyId the key id (an agent id, for example)
     * @param secret the secret the HMAC is keyed with
     * @throws InvalidArgumentException when the key id or secret is null or empty
     */
    public Signer(Signature signature, String keyId, String secret) {
        this(Objects.requireNonNull(signature, "signature"), checked("keyId", keyId),
                checked("secret", secret).getBytes(StandardCharsets.UTF_8), clockOf(Clock.systemUTC()), null);
    }

    private Signer(Signature signature, String keyId, byte[] secret, LongSupplier clock, Supplier<String> nonces) {
        this.signature = signature;
        this.keyId = keyId;
        this.secret = secret;
        this.clock = clock;
        this.nonces = nonces;
    }

    private static String checked(String name, String value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidArgumentException("a signing " + name + " is required, got " + (value == null ? "null" : "''"));
        }
        return value;
    }

    private static LongSupplier clockOf(Clock clock) {
        return () -> clock.instant().getEpochSecond();
    }

    /**
     * A copy taking the time from another clock.
     *
     * @param clock the clock
     * @return the new signer
     */
    public Signer withClock(Clock clock) {
        return new Signer(signature, keyId, secret, clockOf(Objects.requireNonNull(clock, "clock")), nonces);
    }

    /**
     * A copy taking the time, in Unix seconds, from a function (a fixed time, in tests).
     *
     * @param epochSeconds gives the current time in Unix seconds
     * @return the new signer
     */
    public Signer withClock(LongSupplier epochSeconds) {
        return new Signer(signature, keyId, secret, Objects.requireNonNull(epochSeconds, "epochSeconds"), nonces);
    }

    /**
     * A copy taking its nonces from a function instead of random bytes (fixed nonces, in tests;
     * a server refuses a nonce it has seen).
     *
     * @param nonces gives each nonce as it is sent
     * @return the new signer
     */
    public Signer withNonces(Supplier<String> nonces) {
        return new Signer(signature, keyId, secret, clock, Objects.requireNonNull(nonces, "nonces"));
    }

    /**
     * The scheme.
     *
     * @return the scheme
     */
    public Signature signature() {
        return signature;
    }

    /**
     * The key id.
     *
     * @return the key id
     */
    public String keyId() {
        return keyId;
    }

    /**
     * The headers that sign one request, with the current time and a fresh nonce: key id,
     * timestamp, nonce and signature, in that order.
     *
     * @param method the HTTP method
     * @param target the request target as sent: the path (with any base path) and the query
     * @param body the body bytes; null or empty for none
     * @return the headers to add, by name
     */
    public Map<String, String> sign(String method, String target, byte[] body) {
        long timestamp = clock.getAsLong();
        String nonce = nonces != null ? nonces.get() : randomNonce(signature.nonceLength());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(signature.keyIdHeader(), keyId);
        headers.put(signature.timestampHeader(), Long.toString(timestamp));
        headers.put(signature.nonceHeader(), nonce);
        headers.put(signature.signatureHeader(), signature(method, target, body, timestamp, nonce));
        return headers;
    }

    /**
     * The signature of one request at a given time with a given nonce.
     *
     * @param method the HTTP method (upper-cased here)
     * @param target the request target as sent: the path and the query
     * @param body the body bytes; null or empty for none
     * @param timestamp the time in Unix seconds
     * @param nonce the nonce
     * @return the signature in the scheme's encoding
     */
    public String signature(String method, String target, byte[] body, long timestamp, String nonce) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(nonce, "nonce");
        List<String> parts = new ArrayList<>();
        for (String part : signature.canonicalParts()) {
            switch (part) {
                case "method":
                    parts.add(method.toUpperCase(Locale.ROOT));
                    break;
                case "target":
                    parts.add(target);
                    break;
                case "timestamp":
                    parts.add(Long.toString(timestamp));
                    break;
                case "nonce":
                    parts.add(nonce);
                    break;
                default: // bodySha256, the only other part a Signature accepts
                    parts.add(hex(sha256(body == null ? new byte[0] : body)));
                    break;
            }
        }
        byte[] mac = hmac(String.join(signature.partSeparator(), parts).getBytes(StandardCharsets.UTF_8));
        return signature.signatureEncoding().equals("base64") ? Base64.getEncoder().encodeToString(mac) : hex(mac);
    }

    /**
     * The request target of a URI as an HTTP client sends it: its raw path (at least {@code /})
     * and, when it has one, {@code ?} and its raw query.
     *
     * @param uri the full URI
     * @return the request target
     */
    public static String target(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private byte[] hmac(byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new SdkException("HMAC-SHA256 is not available in this JVM: " + e.getMessage(), e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new SdkException("SHA-256 is not available in this JVM: " + e.getMessage(), e);
        }
    }

    private static String randomNonce(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return hex(random);
    }

    private static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return new String(out);
    }

    @Override
    public String toString() {
        return "Signer[keyId=" + keyId + ", secret=" + Defaults.REDACTED + ", " + signature + "]";
    }
}
