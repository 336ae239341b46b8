package org.ertstorage.adapter.formats.matrix;

import java.nio.charset.StandardCharsets;

/**
 * Decimal numbers read from bytes without creating a string for the common case: up to 15
 * significant digits and a power of ten up to 22 convert exactly with one multiplication or
 * division (Clinger's fast path); up to 18 digits, as Python's {@code repr} writes most floats,
 * go through {@link EiselLemire}; the rest, and what that cannot decide, through
 * {@link Double#parseDouble}.
 */
final class DecimalText {

    private static final double[] POWERS_OF_TEN = new double[23];
    /** An exponent's magnitude is capped here: far outside doubles, the value is 0 or infinite anyway. */
    private static final int MAX_EXPONENT = 100_000;

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
            int exponentEnd = exponentEnd(text, i + 1, to);
            if (exponentEnd != to) {
                return slow(text, from, to);
            }
            scale += exponent(text, i + 1, to);
        } else if (i != to) {
            throw new NumberFormatException(text(text, from, to));
        }
        if (significant <= 15 && scale >= -22 && scale <= 22) {
            double value = scale >= 0 ? mantissa * POWERS_OF_TEN[scale] : mantissa / POWERS_OF_TEN[-scale];
            return negative ? -value : value;
        }
        if (significant <= 18) {
            double value = EiselLemire.toDouble(mantissa, scale);
            if (!Double.isNaN(value)) {
                return negative ? -value : value;
            }
        }
        return slow(text, from, to);
    }

    /** Where an exponent's optional sign and digits (at least one) starting at {@code from} end; -1 without digits. */
    private static int exponentEnd(byte[] text, int from, int to) {
        int i = from < to && (text[from] == '-' || text[from] == '+') ? from + 1 : from;
        int digitsFrom = i;
        while (i < to && text[i] >= '0' && text[i] <= '9') {
            i++;
        }
        return i == digitsFrom ? -1 : i;
    }

    /** The exponent's value, held within a bound far beyond any double's so that it cannot overflow. */
    private static int exponent(byte[] text, int from, int to) {
        boolean negative = text[from] == '-';
        int i = text[from] == '-' || text[from] == '+' ? from + 1 : from;
        int value = 0;
        for (; i < to; i++) {
            value = Math.min(value * 10 + (text[i] - '0'), MAX_EXPONENT);
        }
        return negative ? -value : value;
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
