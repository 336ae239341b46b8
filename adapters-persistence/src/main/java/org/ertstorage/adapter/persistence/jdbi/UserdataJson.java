package org.ertstorage.adapter.persistence.jdbi;

import java.util.LinkedHashMap;
import org.ertstorage.domain.Userdata;

/**
 * Reads a userdata column back into {@link Userdata}: the JSON object {@link Userdata#toJson()}
 * wrote, split into its top-level keys with each value kept as its exact text.
 */
final class UserdataJson {

    private final String json;
    private int position;

    private UserdataJson(String json) {
        this.json = json;
    }

    static Userdata parse(String json) {
        return new UserdataJson(json).object();
    }

    private Userdata object() {
        var entries = new LinkedHashMap<String, String>();
        expect('{');
        if (!next('}')) {
            do {
                skipWhitespace();
                var key = string();
                expect(':');
                skipWhitespace();
                int start = position;
                skipValue();
                entries.put(key, json.substring(start, position));
            } while (next(','));
            expect('}');
        }
        return new Userdata(entries);
    }

    private String string() {
        expect('"');
        var text = new StringBuilder();
        for (char c = take(); c != '"'; c = take()) {
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char escaped = take();
            switch (escaped) {
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> {
                    text.append((char) Integer.parseInt(json.substring(position, position + 4), 16));
                    position += 4;
                }
                default -> text.append(escaped);
            }
        }
        return text.toString();
    }

    /** Skips one value of any kind: strings whole, objects and arrays to their matching bracket. */
    private void skipValue() {
        int depth = 0;
        while (position < json.length()) {
            char c = json.charAt(position);
            if (c == '"') {
                string();
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return;
                }
                depth--;
            } else if (depth == 0 && (c == ',' || Character.isWhitespace(c))) {
                return;
            }
            position++;
        }
    }

    private boolean next(char expected) {
        skipWhitespace();
        if (position < json.length() && json.charAt(position) == expected) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(char expected) {
        if (!next(expected)) {
            throw new IllegalStateException("Stored userdata is not a JSON object: expected '" + expected
                    + "' at " + position + " in " + json);
        }
    }

    private char take() {
        if (position >= json.length()) {
            throw new IllegalStateException("Stored userdata ends inside a string: " + json);
        }
        return json.charAt(position++);
    }

    private void skipWhitespace() {
        while (position < json.length() && Character.isWhitespace(json.charAt(position))) {
            position++;
        }
    }
}
