package io.platformexample.sdk.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Internal: single-valued request headers with case-insensitive names, in the order set. */
public final class Headers {
    private final Map<String, String[]> entries = new LinkedHashMap<>();

    /**
     * Sets a header, replacing a value under any casing of its name.
     *
     * @param name the name
     * @param value the value
     */
    public void set(String name, String value) {
        entries.put(name.toLowerCase(Locale.ROOT), new String[] {name, value});
    }

    /**
     * Whether a header is set.
     *
     * @param name the name, any casing
     * @return true when set
     */
    public boolean has(String name) {
        return entries.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /**
     * A header's value.
     *
     * @param name the name, any casing
     * @return the value, or null
     */
    public String get(String name) {
        String[] entry = entries.get(name.toLowerCase(Locale.ROOT));
        return entry == null ? null : entry[1];
    }

    /**
     * The headers as name and value pairs, in the order set.
     *
     * @return a new list
     */
    public List<Map.Entry<String, String>> entries() {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        for (String[] entry : entries.values()) {
            list.add(Map.entry(entry[0], entry[1]));
        }
        return list;
    }

    /**
     * The headers as a multimap with case-insensitive names.
     *
     * @return a new map
     */
    public Map<String, List<String>> toMap() {
        Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String[] entry : entries.values()) {
            map.put(entry[0], List.of(entry[1]));
        }
        return map;
    }
}
