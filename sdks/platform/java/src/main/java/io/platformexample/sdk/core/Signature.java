package io.platformexample.sdk.core;

import io.platformexample.sdk.errors.InvalidArgumentException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Public: how a request signature is computed and sent, as a security scheme of the API declares
 * it: an HMAC over the canonical parts of a request (method, request target, timestamp, nonce,
 * SHA-256 of the body), joined by a separator, sent with the key id, timestamp and nonce in their
 * own headers. Immutable; {@link Signer} computes it.
 */
public final class Signature {
    /** The canonical parts a signature can cover. */
    public static final List<String> PARTS = List.of("method", "target", "timestamp", "nonce", "bodySha256");

    private final String algorithm;
    private final String keyIdHeader;
    private final String timestampHeader;
    private final String nonceHeader;
    private final String signatureHeader;
    private final List<String> canonical;
    private final String separator;
    private final String encoding;
    private final int nonceBytes;

    private Signature(String algorithm, String keyIdHeader, String timestampHeader, String nonceHeader,
            String signatureHeader, List<String> canonical, String separator, String encoding, int nonceBytes) {
        this.algorithm = algorithm;
        this.keyIdHeader = keyIdHeader;
        this.timestampHeader = timestampHeader;
        this.nonceHeader = nonceHeader;
        this.signatureHeader = signatureHeader;
        this.canonical = List.copyOf(canonical);
        this.separator = separator;
        this.encoding = encoding;
        this.nonceBytes = nonceBytes;
    }

    /**
     * An HMAC-SHA256 signature over every part in {@link #PARTS} order, joined by a line feed,
     * sent in lower-case hex, with a 16-byte nonce.
     *
     * @param keyIdHeader the header that carries the key id
     * @param timestampHeader the header that carries the timestamp (Unix seconds)
     * @param nonceHeader the header that carries the nonce
     * @param signatureHeader the header that carries the signature
     * @return the signature scheme
     */
    public static Signature hmacSha256(
            String keyIdHeader, String timestampHeader, String nonceHeader, String signatureHeader) {
        return new Signature("hmac-sha256", Objects.requireNonNull(keyIdHeader, "keyIdHeader"),
                Objects.requireNonNull(timestampHeader, "timestampHeader"),
                Objects.requireNonNull(nonceHeader, "nonceHeader"),
                Objects.requireNonNull(signatureHeader, "signatureHeader"), PARTS, "\n", "hex", 16);
    }

    /**
     * A copy covering these parts, in this order.
     *
     * @param parts names from {@link #PARTS}
     * @return the new scheme
     * @throws InvalidArgumentException for an unknown part or none
     */
    public Signature canonical(String... parts) {
        if (parts.length == 0) {
            throw new InvalidArgumentException("a signature covers at least one part");
        }
        for (String part : parts) {
            if (!PARTS.contains(part)) {
                throw new InvalidArgumentException("unknown signature part '" + part + "'; expected one of " + PARTS);
            }
        }
        return new Signature(algorithm, keyIdHeader, timestampHeader, nonceHeader, signatureHeader,
                List.of(parts), separator, encoding, nonceBytes);
    }

    /**
     * A copy joining the parts with another separator.
     *
     * @param separator the separator
     * @return the new scheme
     */
    public Signature separator(String separator) {
        return new Signature(algorithm, keyIdHeader, timestampHeader, nonceHeader, signatureHeader, canonical,
                Objects.requireNonNull(separator, "separator"), encoding, nonceBytes);
    }

    /**
     * A copy sending the signature in another encoding.
     *
     * @param encoding {@code hex} (lower case) or {@code base64}
     * @return the new scheme
     * @throws InvalidArgumentException for another encoding
     */
    public Signature encoding(String encoding) {
        String lower = Objects.requireNonNull(encoding, "encoding").toLowerCase(Locale.ROOT);
        if (!lower.equals("hex") && !lower.equals("base64")) {
            throw new InvalidArgumentException("signature encoding must be hex or base64, got '" + encoding + "'");
        }
        return new Signature(algorithm, keyIdHeader, timestampHeader, nonceHeader, signatureHeader, canonical,
                separator, lower, nonceBytes);
    }

    /**
     * A copy with nonces of another length.
     *
     * @param nonceBytes random bytes per nonce (sent as twice as many hex digits), at least 8
     * @return the new scheme
     * @throws InvalidArgumentException for fewer than 8
     */
    public Signature nonceBytes(int nonceBytes) {
        if (nonceBytes < 8) {
            throw new InvalidArgumentException("a nonce needs at least 8 random bytes, got " + nonceBytes);
        }
        return new Signature(algorithm, keyIdHeader, timestampHeader, nonceHeader, signatureHeader, canonical,
                separator, encoding, nonceBytes);
    }

    /**
     * The MAC algorithm.
     *
     * @return {@code hmac-sha256}
     */
    public String algorithm() {
        return algorithm;
    }

    /**
     * The header that carries the key id.
     *
     * @return the header name
     */
    public String keyIdHeader() {
        return keyIdHeader;
    }

    /**
     * The header that carries the timestamp.
     *
     * @return the header name
     */
    public String timestampHeader() {
        return timestampHeader;
    }

    /**
     * The header that carries the nonce.
     *
     * @return the header name
     */
    public String nonceHeader() {
        return nonceHeader;
    }

    /**
     * The header that carries the signature.
     *
     * @return the header name
     */
    public String signatureHeader() {
        return signatureHeader;
    }

    /**
     * The parts signed, in order.
     *
     * @return names from {@link #PARTS}
     */
    public List<String> canonicalParts() {
        return canonical;
    }

    /**
     * What joins the parts.
     *
     * @return the separator
     */
    public String partSeparator() {
        return separator;
    }

    /**
     * How the signature is written.
     *
     * @return {@code hex} or {@code base64}
     */
    public String signatureEncoding() {
        return encoding;
    }

    /**
     * Random bytes per nonce.
     *
     * @return the count
     */
    public int nonceLength() {
        return nonceBytes;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Signature)) {
            return false;
        }
        Signature that = (Signature) other;
        return algorithm.equals(that.algorithm) && keyIdHeader.equals(that.keyIdHeader)
                && timestampHeader.equals(that.timestampHeader) && nonceHeader.equals(that.nonceHeader)
                && signatureHeader.equals(that.signatureHeader) && canonical.equals(that.canonical)
                && separator.equals(that.separator) && encoding.equals(that.encoding) && nonceBytes == that.nonceBytes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(algorithm, keyIdHeader, timestampHeader, nonceHeader, signatureHeader, canonical,
                separator, encoding, nonceBytes);
    }

    @Override
    public String toString() {
        return "Signature[" + algorithm + ", " + canonical + " in " + signatureHeader + " (" + encoding + ")]";
    }
}
