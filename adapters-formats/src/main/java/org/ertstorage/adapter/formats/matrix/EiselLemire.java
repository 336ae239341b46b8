package org.ertstorage.adapter.formats.matrix;

import java.math.BigInteger;

/**
 * The correctly rounded double of a decimal {@code mantissa × 10^exponent}, by Eisel and Lemire's
 * algorithm (D. Lemire, "Number Parsing at a Gigabyte per Second", 2021): the mantissa times a
 * 128-bit truncation of the power of ten decides the result unless the product lies too close to
 * a rounding boundary, which this class reports so the caller falls back to the JDK's exact
 * parser. It is what lets a 17-digit number, as Python's {@code repr} writes most floats, skip
 * {@link Double#parseDouble}'s big-integer arithmetic.
 */
final class EiselLemire {

    /** Returned when the product cannot decide: never a result, since no decimal reads as NaN. */
    static final double UNDECIDED = Double.NaN;

    private static final int MIN_EXPONENT = -348;
    private static final int MAX_EXPONENT = 347;
    private static final long[] HIGH = new long[MAX_EXPONENT - MIN_EXPONENT + 1];
    private static final long[] LOW = new long[HIGH.length];
    /** The mantissa bits below the 55 kept before rounding (9 of the product's upper half). */
    private static final long BELOW_ROUNDING = 0x1FF;
    private static final int EXPONENT_BIAS = 1023;
    private static final long FRACTION_BITS = (1L << 52) - 1;

    static {
        // Each power's first 128 bits, truncated: computed once with exact integers.
        for (int q = MIN_EXPONENT; q <= MAX_EXPONENT; q++) {
            BigInteger truncated;
            if (q >= 0) {
                var power = BigInteger.TEN.pow(q);
                int excess = power.bitLength() - 128;
                truncated = excess >= 0 ? power.shiftRight(excess) : power.shiftLeft(-excess);
            } else {
                var divisor = BigInteger.TEN.pow(-q);
                var quotient = BigInteger.ONE.shiftLeft(divisor.bitLength() + 129).divide(divisor);
                truncated = quotient.shiftRight(quotient.bitLength() - 128);
            }
            HIGH[q - MIN_EXPONENT] = truncated.shiftRight(64).longValue();
            LOW[q - MIN_EXPONENT] = truncated.longValue();
        }
    }

    private EiselLemire() {
    }

    /**
     * {@code mantissa × 10^exponent} as the nearest double (ties to even), positive; or
     * {@link #UNDECIDED} when the product is too close to call, the exponent is out of the table's
     * range, or the result would be subnormal, infinite or zero.
     *
     * @param mantissa a positive integer (at most 19 digits)
     */
    static double toDouble(long mantissa, int exponent) {
        if (mantissa <= 0 || exponent < MIN_EXPONENT || exponent > MAX_EXPONENT) {
            return UNDECIDED;
        }
        int leadingZeros = Long.numberOfLeadingZeros(mantissa);
        long normalized = mantissa << leadingZeros;
        // floor(exponent × log2(10)) for every exponent of the table, in fixed point.
        long binaryExponent = ((217706L * exponent) >> 16) + 64 + EXPONENT_BIAS - leadingZeros;
        int index = exponent - MIN_EXPONENT;
        long high = Math.unsignedMultiplyHigh(normalized, HIGH[index]);
        long low = normalized * HIGH[index];
        if ((high & BELOW_ROUNDING) == BELOW_ROUNDING && Long.compareUnsigned(low + normalized, normalized) < 0) {
            // The truncated power's lower half may carry into the bits that decide: take it in.
            long lowerHigh = Math.unsignedMultiplyHigh(normalized, LOW[index]);
            long lowerLow = normalized * LOW[index];
            long mergedLow = low + lowerHigh;
            long mergedHigh = Long.compareUnsigned(mergedLow, low) < 0 ? high + 1 : high;
            if ((mergedHigh & BELOW_ROUNDING) == BELOW_ROUNDING && mergedLow == -1
                    && Long.compareUnsigned(lowerLow + normalized, normalized) < 0) {
                return UNDECIDED;
            }
            high = mergedHigh;
            low = mergedLow;
        }
        long topBit = high >>> 63;
        long bits54 = high >>> (topBit + 9);
        binaryExponent -= 1 ^ topBit;
        if (low == 0 && (high & BELOW_ROUNDING) == 0 && (bits54 & 3) == 1) {
            // Exactly half-way between two doubles, as far as the product tells.
            return UNDECIDED;
        }
        long bits53 = (bits54 + (bits54 & 1)) >>> 1;
        if ((bits53 >>> 53) != 0) {
            bits53 >>>= 1;
            binaryExponent++;
        }
        if (binaryExponent <= 0 || binaryExponent >= 0x7FF) {
            return UNDECIDED;
        }
        return Double.longBitsToDouble(binaryExponent << 52 | bits53 & FRACTION_BITS);
    }
}
