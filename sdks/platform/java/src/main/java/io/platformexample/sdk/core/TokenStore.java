package io.platformexample.sdk.core;

/**
 * Public: loads and persists a session's tokens (see {@link ClientBuilder#tokenStore}). The client
 * calls {@link #load()} when it first needs the tokens, and {@link #save} with every new pair (after
 * a login or a refresh) and with {@link SessionTokens#none()} (after a logout or a refused refresh).
 * Calls may come from any thread, async calls included, and should be quick; an exception thrown
 * by either method ends the call that needed it.
 */
public interface TokenStore {
    /**
     * The stored tokens.
     *
     * @return the pair, or {@link SessionTokens#none()} when nothing is stored
     */
    SessionTokens load();

    /**
     * Stores the tokens.
     *
     * @param tokens the new pair; {@link SessionTokens#none()} when the session ended
     */
    void save(SessionTokens tokens);
}
