package io.platformexample.sdk.core;

/**
 * Public: a debug hook that sees every attempt and every response, with {@code Authorization}
 * and other secret headers redacted. Runs on the thread that sends.
 */
public interface HttpListener {
    /**
     * Called before each attempt is sent.
     *
     * @param request the attempt, secrets redacted
     */
    default void onRequest(LoggedRequest request) {}

    /**
     * Called when a response arrives (before retry decisions).
     *
     * @param response the response, secrets redacted
     */
    default void onResponse(LoggedResponse response) {}
}
