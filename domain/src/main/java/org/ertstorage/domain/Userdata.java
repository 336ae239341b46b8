package org.ertstorage.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The free JSON object a client attaches to an experiment, ensemble, observation or record.
 * Storage never interprets the values: each top-level key maps to its value's JSON text.
 */
public record Userdata(Map<String, String> entries) {

    public static final Userdata EMPTY = new Userdata(Map.of());

    public Userdata {
        Objects.requireNonNull(entries, "'entries' must not be null");
        var copy = new LinkedHashMap<String, String>();
        entries.forEach((key, json) -> copy.put(
                Objects.requireNonNull(key, "userdata keys must not be null"),
                Objects.requireNonNull(json, "userdata value of '" + key + "' must not be null")));
        entries = Collections.unmodifiableMap(copy);
    }

    /**
     * A shallow merge: the patch's top-level keys replace the stored ones; nested objects are
     * replaced, not merged, and a {@code null} value is kept as {@code null}.
     */
    public Userdata merge(Userdata patch) {
        var merged = new LinkedHashMap<>(entries);
        merged.putAll(patch.entries);
        return new Userdata(merged);
    }

    /** The object as compact JSON text. */
    public String toJson() {
        var json = new StringBuilder("{");
        entries.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            appendQuoted(json, key).append(':').append(value);
        });
        return json.append('}').toString();
    }

    private static StringBuilder appendQuoted(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
