package org.ertstorage.adapter.http.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.TreeMap;
import org.ertstorage.adapter.formats.matrix.MatrixFormat;

/**
 * The {@code ETag} of a record read: the version of the name's records, the answer's format and
 * every query parameter (each may change the answer), digested. RFC 9110 8.8.3 and 13.1.2.
 */
record EntityTag(String value) {

    EntityTag {
        Objects.requireNonNull(value, "'value' must not be null");
    }

    static EntityTag of(String version, MatrixFormat format, java.util.Map<String, java.util.List<String>> query) {
        var text = new StringBuilder(version).append('|').append(format.name());
        new TreeMap<>(query).forEach((name, values) -> text.append('|').append(name).append('=').append(values));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return new EntityTag("\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** Whether an {@code If-None-Match} header names this tag: {@code *} or a list, compared weakly (the W/ prefix ignored). */
    boolean matchedBy(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(value));
    }
}
