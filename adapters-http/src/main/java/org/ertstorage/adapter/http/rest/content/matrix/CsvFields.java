package org.ertstorage.adapter.http.rest.content.matrix;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The fields of CSV text, one row at a time: {@code ,} separates, {@code \n} or {@code \r\n} ends
 * a row, blank rows are skipped, {@code "} quotes a field in which {@code ""} is a quote. Unquoted
 * fields are read in place, without copying.
 */
final class CsvFields {

    private final byte[] text;
    private int position;
    private boolean rowEnded = true;
    private byte[] fieldBytes;
    private int from;
    private int to;

    CsvFields(byte[] text) {
        this.text = text;
        boolean bom = text.length >= 3 && text[0] == (byte) 0xEF && text[1] == (byte) 0xBB && text[2] == (byte) 0xBF;
        this.position = bom ? 3 : 0;
    }

    /** Moves to the next non-blank row and reads its first field; false at the end of the text. */
    boolean nextRow() {
        while (!rowEnded) {
            next();
        }
        while (position < text.length && (text[position] == '\n' || text[position] == '\r')) {
            position++;
        }
        if (position >= text.length) {
            return false;
        }
        rowEnded = false;
        readField();
        return true;
    }

    /** Reads the row's next field; false when the row has no more. */
    boolean next() {
        if (rowEnded) {
            return false;
        }
        if (position < text.length && text[position] == ',') {
            position++;
            readField();
            return true;
        }
        if (position < text.length && text[position] == '\r') {
            position++;
        }
        if (position < text.length && text[position] == '\n') {
            position++;
        } else if (position < text.length) {
            throw new UndecodableMatrix("text after a quoted field at byte " + position);
        }
        rowEnded = true;
        return false;
    }

    private void readField() {
        if (position < text.length && text[position] == '"') {
            readQuoted();
            return;
        }
        fieldBytes = text;
        from = position;
        while (position < text.length && text[position] != ',' && text[position] != '\n' && text[position] != '\r') {
            position++;
        }
        to = position;
    }

    private void readQuoted() {
        var content = new ByteArrayOutputStream();
        position++;
        while (true) {
            if (position >= text.length) {
                throw new UndecodableMatrix("a quoted field does not end");
            }
            byte c = text[position++];
            if (c == '"') {
                if (position < text.length && text[position] == '"') {
                    position++;
                } else {
                    break;
                }
            }
            content.write(c);
        }
        fieldBytes = content.toByteArray();
        from = 0;
        to = fieldBytes.length;
    }

    byte[] bytes() {
        return fieldBytes;
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    String text() {
        return new String(fieldBytes, from, to - from, StandardCharsets.UTF_8);
    }
}
