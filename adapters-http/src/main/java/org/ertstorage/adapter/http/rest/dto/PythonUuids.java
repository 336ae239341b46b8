package org.ertstorage.adapter.http.rest.dto;

import java.util.UUID;

/**
 * UUIDs in every form Python's {@code uuid.UUID} accepts: canonical, 32 hex digits without
 * hyphens, either case, in braces, with a {@code urn:uuid:} prefix.
 */
public final class PythonUuids {

    private PythonUuids() {
    }

    /** The UUID, or null when the text is not one. */
    public static UUID parse(String text) {
        String hex = text.replace("urn:", "").replace("uuid:", "");
        int start = 0;
        int end = hex.length();
        while (start < end && (hex.charAt(start) == '{' || hex.charAt(start) == '}')) {
            start++;
        }
        while (end > start && (hex.charAt(end - 1) == '{' || hex.charAt(end - 1) == '}')) {
            end--;
        }
        hex = hex.substring(start, end).replace("-", "");
        if (hex.length() != 32) {
            return null;
        }
        for (int i = 0; i < 32; i++) {
            if ("0123456789abcdefABCDEF".indexOf(hex.charAt(i)) < 0) {
                return null;
            }
        }
        return new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
    }
}
