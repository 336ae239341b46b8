package org.ertstorage.adapter.formats.matrix;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A buffer in front of a response stream for text writers; flushing leaves the stream open. */
final class TextOut {

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int size;

    TextOut(OutputStream out) {
        this.out = out;
    }

    void write(char ascii) throws IOException {
        if (size == buffer.length) {
            drain();
        }
        buffer[size++] = (byte) ascii;
    }

    /** Writes text known to be ASCII, such as numbers. */
    void ascii(String text) throws IOException {
        int length = text.length();
        if (length > buffer.length - size) {
            drain();
            if (length > buffer.length) {
                out.write(text.getBytes(StandardCharsets.US_ASCII));
                return;
            }
        }
        for (int i = 0; i < length; i++) {
            buffer[size++] = (byte) text.charAt(i);
        }
    }

    void utf8(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > buffer.length - size) {
            drain();
            out.write(bytes);
            return;
        }
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    void flush() throws IOException {
        drain();
        out.flush();
    }

    private void drain() throws IOException {
        out.write(buffer, 0, size);
        size = 0;
    }
}
