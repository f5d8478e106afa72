package io.platformexample.sdk.internal;

import io.platformexample.sdk.core.Defaults;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Internal: what debug hooks are shown, secret headers redacted. */
public final class Redaction {
    private Redaction() {}

    /**
     * A copy of headers with secret values replaced by {@code [REDACTED]}.
     *
     * @param headers the headers
     * @return a new, case-insensitive map
     */
    public static Map<String, List<String>> headers(Map<String, ? extends Collection<String>> headers) {
        return headers(headers, Set.of());
    }

    /**
     * A copy of headers with secret values, and those of some more headers, replaced by {@code
     * [REDACTED]}.
     *
     * @param headers the headers
     * @param secret lower-case names of more secret headers (e.g. an API key's)
     * @return a new, case-insensitive map
     */
    public static Map<String, List<String>> headers(Map<String, ? extends Collection<String>> headers, Set<String> secret) {
        Map<String, List<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (Defaults.REDACTED_HEADERS.contains(lower) || secret.contains(lower)) {
                List<String> hidden = new ArrayList<>();
                values.forEach(v -> hidden.add(Defaults.REDACTED));
                out.put(name, List.copyOf(hidden));
            } else {
                out.put(name, List.copyOf(values));
            }
        });
        return out;
    }
}
