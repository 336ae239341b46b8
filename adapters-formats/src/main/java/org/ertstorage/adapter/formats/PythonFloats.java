package org.ertstorage.adapter.formats;

/**
 * Doubles as Python writes them: {@code repr(x)}, the shortest text that reads back to the same
 * double, decimal for 1e-4 <= |x| < 1e16 and scientific ({@code 1e-05}, {@code 1.5e+16}) otherwise.
 * CSV consumers compare this text, so {@link Double#toString} ({@code 1.0E-5}) will not do.
 */
public final class PythonFloats {

    private PythonFloats() {
    }

    /** {@code repr(x)}: {@code nan}, {@code inf} and {@code -inf} for the non-finite values. */
    public static String repr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return finite(value);
    }

    /** As Python's {@code json} module writes a float: {@code NaN}, {@code Infinity}, {@code -Infinity}. */
    public static String json(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        return finite(value);
    }

    private static String finite(double value) {
        if (value == 0) {
            return (Double.doubleToRawLongBits(value) < 0) ? "-0.0" : "0.0";
        }
        // Since JDK 19 Double.toString yields the shortest digits that round-trip; only the
        // layout differs from Python's, and not for 1e-3 <= |x| < 1e7, which Java writes without
        // an exponent exactly as Python does (the common case, so it skips the rewriting below).
        String text = Double.toString(Math.abs(value));
        if (text.indexOf('E') < 0) {
            return value < 0 ? "-" + text : text;
        }
        int e = text.indexOf('E');
        String mantissa = e < 0 ? text : text.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(text.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        // value = 0.<digits> * 10^point
        int point = dot + exponent;
        int leadingZeros = 0;
        while (leadingZeros < digits.length() - 1 && digits.charAt(leadingZeros) == '0') {
            leadingZeros++;
        }
        digits = digits.substring(leadingZeros);
        point -= leadingZeros;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (digits.length() == 2) {
            // Java prints at least two digits (4.9E-324) where one may suffice (5e-324).
            int rounded = (Integer.parseInt(digits) + 5) / 10;
            String single = rounded == 10 ? "1" : Integer.toString(rounded);
            int singlePoint = rounded == 10 ? point + 1 : point;
            if (Double.parseDouble("0." + single + "E" + singlePoint) == Math.abs(value)) {
                digits = single;
                point = singlePoint;
            }
        }

        var out = new StringBuilder(24);
        if (value < 0) {
            out.append('-');
        }
        int scientific = point - 1;
        if (scientific >= -4 && scientific < 16) {
            if (point <= 0) {
                out.append("0.").append("0".repeat(-point)).append(digits);
            } else if (point >= digits.length()) {
                out.append(digits).append("0".repeat(point - digits.length())).append(".0");
            } else {
                out.append(digits, 0, point).append('.').append(digits, point, digits.length());
            }
        } else {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            out.append('e').append(scientific < 0 ? '-' : '+');
            int magnitude = Math.abs(scientific);
            if (magnitude < 10) {
                out.append('0');
            }
            out.append(magnitude);
        }
        return out.toString();
    }
}
