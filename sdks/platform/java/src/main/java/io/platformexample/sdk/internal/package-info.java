/**
 * Internal: how the runtime builds, sends, retries and reads requests. Nothing here is part of
 * the SDK's public API; it may change in any release.
 */
package io.platformexample.sdk.internal;
