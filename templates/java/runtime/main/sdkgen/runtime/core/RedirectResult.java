package sdkgen.runtime.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of a 3xx: redirects are never followed, the caller decides. Serializes as {@code
 * {"status": 302, "location": "..."}}.
 *
 * @param status the HTTP status
 * @param location the {@code Location} header, or an empty string
 */
public record RedirectResult(@JsonProperty("status") int status, @JsonProperty("location") String location) {
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
}
