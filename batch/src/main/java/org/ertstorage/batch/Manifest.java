package org.ertstorage.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ertstorage.adapter.formats.JsonDialect;

/**
 * {@code manifest.json} of an export: the size and SHA-256 of every other file in it. The
 * SHA-256 of the manifest itself identifies the export (the import ledger's key).
 */
final class Manifest {

    static final String FILE = "manifest.json";
    private static final String FORMAT = "ert-storage-export-manifest";

    /** A file of the export and what its bytes must hash to. */
    record Entry(long size, String sha256) {
    }

    /** A verified export: its key and the files the manifest covers. */
    record Verified(String key, Set<String> paths) {
    }

    private final Path directory;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    Manifest(Path directory) {
        this.directory = directory;
    }

    /** A body written to the export file {@code relative} (parent directories made), its size and hash noted. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** @return the number of bytes written */
    long write(String relative, Body body) throws IOException {
        var path = directory.resolve(relative);
        Files.createDirectories(path.getParent());
        var digest = sha256();
        // Buffered: the Parquet and CSV writers write in small pieces.
        try (var out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16), digest)) {
            body.writeTo(out);
        }
        long size = Files.size(path);
        entries.put(relative, new Entry(size, HexFormat.of().formatHex(digest.digest())));
        return size;
    }

    /** Writes {@code manifest.json}; no file may be written after it. */
    void finish() throws IOException {
        var root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        root.put("version", ExportJson.VERSION);
        var files = root.putArray("files");
        entries.forEach((path, entry) -> files.addObject().put("path", path).put("size", entry.size()).put("sha256", entry.sha256()));
        Files.writeString(directory.resolve(FILE), JsonDialect.write(root), StandardCharsets.UTF_8);
    }

    /**
     * Checks every file the manifest lists against its size and hash, before anything is imported.
     *
     * @throws BatchFailure when the manifest is missing or unreadable, a path leaves the directory, or a file differs
     */
    static Verified verify(Path directory) throws IOException {
        byte[] manifest;
        try {
            manifest = Files.readAllBytes(directory.resolve(FILE));
        } catch (NoSuchFileException e) {
            throw new BatchFailure("'" + directory + "' is not an export: it has no " + FILE);
        }
        Map<String, Entry> listed = new LinkedHashMap<>();
        try {
            var root = JsonDialect.parse(manifest);
            if (!FORMAT.equals(root.path("format").asText())) {
                throw new BatchFailure(FILE + " in '" + directory + "' is not an " + FORMAT);
            }
            for (var file : root.path("files")) {
                listed.put(file.path("path").asText(), new Entry(file.path("size").asLong(), file.path("sha256").asText()));
            }
        } catch (JsonProcessingException e) {
            throw new BatchFailure(FILE + " in '" + directory + "' is not JSON: " + e.getOriginalMessage());
        }
        var root = directory.toAbsolutePath().normalize();
        for (var file : listed.entrySet()) {
            var path = root.resolve(file.getKey()).normalize();
            if (!path.startsWith(root) || path.equals(root.resolve(FILE))) {
                throw new BatchFailure(FILE + " lists '" + file.getKey() + "', which is not a file of the export");
            }
            var found = hash(path, file.getKey());
            if (!found.equals(file.getValue())) {
                throw new BatchFailure("checksum mismatch for '" + file.getKey() + "': the manifest says " + file.getValue().size()
                        + " bytes with SHA-256 " + file.getValue().sha256() + ", the file has " + found.size()
                        + " bytes with SHA-256 " + found.sha256() + "; nothing was imported");
            }
        }
        var key = HexFormat.of().formatHex(sha256().digest(manifest));
        return new Verified(key, Set.copyOf(listed.keySet()));
    }

    private static Entry hash(Path path, String relative) throws IOException {
        var digest = sha256();
        long size = 0;
        try (var in = new DigestInputStream(Files.newInputStream(path), digest)) {
            var buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                size += n;
            }
        } catch (NoSuchFileException e) {
            throw new BatchFailure("'" + relative + "' is listed in " + FILE + " but missing; nothing was imported");
        }
        return new Entry(size, HexFormat.of().formatHex(digest.digest()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
