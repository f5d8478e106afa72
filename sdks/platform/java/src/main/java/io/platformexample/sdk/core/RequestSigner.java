package io.platformexample.sdk.core;

/**
 * Public: signs each attempt of a request, e.g. with {@code X-Agent-Id}, {@code X-Timestamp},
 * {@code X-Nonce} and {@code X-Signature} headers. Called once per attempt, after every other
 * header is set, so a retry gets a fresh signature.
 */
@FunctionalInterface
public interface RequestSigner {
    /**
     * Adds the signature headers.
     *
     * @param request the attempt to sign
     */
    void sign(SigningRequest request);
}
