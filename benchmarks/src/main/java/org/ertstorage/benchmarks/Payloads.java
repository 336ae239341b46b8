package org.ertstorage.benchmarks;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** Request bodies of the workload: one record of one realization in each upload format, observations, labels. */
final class Payloads {

    private Payloads() {
    }

    /** Deterministic values for a realization and record, so runs are comparable. */
    static double[] values(int realization, int record, int count) {
        var values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = Math.sin(0.01 * i + realization) * (record + 1) + 0.001 * realization;
        }
        return values;
    }

    /** Daily dates from 2020-01-01: the time axis of the responses and of their observations. */
    static List<String> dates(int count) {
        var first = LocalDate.of(2020, 1, 1);
        return IntStream.range(0, count).mapToObj(i -> first.plusDays(i).toString()).toList();
    }

    /** {@code [[v0, v1, ...], ...]}: one row per realization (a forward model uploads one). */
    static byte[] json(double[][] rows) {
        var text = new StringBuilder(rows.length * rows[0].length * 20).append('[');
        for (int r = 0; r < rows.length; r++) {
            text.append(r == 0 ? "[" : ", [");
            appendJoined(text, rows[r]);
            text.append(']');
        }
        return text.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** pandas' layout: the labels as header, each row labelled with its index (its realization in a bulk upload). */
    static byte[] csv(double[][] rows, List<String> labels) {
        var text = new StringBuilder(rows.length * rows[0].length * 32);
        labels.forEach(label -> text.append(',').append(label));
        for (int r = 0; r < rows.length; r++) {
            text.append('\n').append(r);
            for (double value : rows[r]) {
                text.append(',').append(value);
            }
        }
        return text.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A NumPy 1.0 file of shape (rows, N), little-endian float64. */
    static byte[] npy(double[][] rows) {
        int columns = rows[0].length;
        String dictionary = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + rows.length + ", " + columns + "), }";
        int headerLength = dictionary.length() + 1;
        int padding = (64 - (10 + headerLength) % 64) % 64;
        headerLength += padding;
        var buffer = ByteBuffer.allocate(10 + headerLength + 8 * rows.length * columns).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
        buffer.putShort((short) headerLength);
        buffer.put(dictionary.getBytes(StandardCharsets.US_ASCII)).put(" ".repeat(padding).getBytes(StandardCharsets.US_ASCII))
                .put((byte) '\n');
        var doubles = buffer.asDoubleBuffer();
        for (double[] row : rows) {
            doubles.put(row);
        }
        return buffer.array();
    }

    /** An observation on every date of the responses' axis. */
    static byte[] observation(String name, List<String> xAxis) {
        var text = new StringBuilder(xAxis.size() * 40).append("{\"name\":\"").append(name).append("\",\"x_axis\":[");
        for (int i = 0; i < xAxis.size(); i++) {
            text.append(i == 0 ? "\"" : ",\"").append(xAxis.get(i)).append('"');
        }
        var values = values(7, 0, xAxis.size());
        text.append("],\"values\":[");
        appendJoined(text, values);
        text.append("],\"errors\":[");
        for (int i = 0; i < xAxis.size(); i++) {
            text.append(i == 0 ? "" : ",").append(0.1 + 0.001 * i);
        }
        return text.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The parts around a file's bytes in a {@code multipart/form-data} body with one part named {@code file}. */
    static byte[][] multipartFrame(String boundary, String filename) {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        return new byte[][] {head, tail};
    }

    private static void appendJoined(StringBuilder text, double[] values) {
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append(values[i]);
        }
    }
}
