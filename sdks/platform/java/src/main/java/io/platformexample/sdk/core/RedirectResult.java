package io.platformexample.sdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a 3xx: redirects are never followed, the caller decides. Serializes as {@code
 * {"status": 302, "location": "..."}}.
 */
public final class RedirectResult {
    @JsonProperty("status") private final int status;
    @JsonProperty("location") private final String location;

    /**
     * Creates one.
     *
     * @param status the HTTP status
     * @param location the {@code Location} header, or an empty string
     */
    @JsonCreator
    public RedirectResult(@JsonProperty("status") int status, @JsonProperty("location") String location) {
        this.status = status;
        this.location = location;
    }

    /**
     * The result as a map with the keys {@code status} and {@code location}.
     *
     * @return a new map
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", status);
        map.put("location", location);
        return map;
    }

    /**
     * Returns the HTTP status.
     *
     * @return the HTTP status
     */
    public int status() {
        return status;
    }

    /**
     * Returns the {@code Location} header, or an empty string.
     *
     * @return the {@code Location} header, or an empty string
     */
    public String location() {
        return location;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RedirectResult)) {
            return false;
        }
        RedirectResult that = (RedirectResult) other;
        return Objects.equals(status, that.status)
                && Objects.equals(location, that.location);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, location);
    }

    @Override
    public String toString() {
        return "RedirectResult[status=" + status + ", location=" + location + "]";
    }
}
