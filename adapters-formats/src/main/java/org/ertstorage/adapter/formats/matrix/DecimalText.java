package org.ertstorage.adapter.formats.matrix;

import java.nio.charset.StandardCharsets;

/**
 * Decimal numbers read from bytes without creating a string for the common case: up to 15
 * significant digits and a power of ten up to 22 convert exactly with one multiplication or
 * division (Clinger's fast path); everything else goes through {@link Double#parseDouble}.
 */
final class DecimalText {

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double power = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    private DecimalText() {
    }

    /**
     * The number in {@code text[from, to)}: an optional sign, digits with an optional point
     * (at least one digit), an optional exponent.
     *
     * @throws NumberFormatException when the text is not such a number
     */
    static double parse(byte[] text, int from, int to) {
        int i = from;
        boolean negative = i < to && text[i] == '-';
        if (i < to && (text[i] == '-' || text[i] == '+')) {
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        for (; i < to; i++) {
            byte c = text[i];
            if (c >= '0' && c <= '9') {
                digits++;
                if (significant > 0 || c != '0') {
                    significant++;
                }
                if (significant <= 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    if (point) {
                        scale--;
                    }
                } else if (!point) {
                    scale++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            throw new NumberFormatException(text(text, from, to));
        }
        if (i < to && (text[i] == 'e' || text[i] == 'E')) {
            return slow(text, from, to);
        }
        if (i != to) {
            throw new NumberFormatException(text(text, from, to));
        }
        if (significant <= 15 && scale >= -22 && scale <= 22) {
            double value = scale >= 0 ? mantissa * POWERS_OF_TEN[scale] : mantissa / POWERS_OF_TEN[-scale];
            return negative ? -value : value;
        }
        return slow(text, from, to);
    }

    private static double slow(byte[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = text[i];
            // Java also reads hexadecimal floats and type suffixes ("1d"), which are no decimals.
            if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                throw new NumberFormatException(text(text, from, to));
            }
        }
        return Double.parseDouble(text(text, from, to));
    }

    static String text(byte[] text, int from, int to) {
        return new String(text, from, to - from, StandardCharsets.UTF_8);
    }
}
