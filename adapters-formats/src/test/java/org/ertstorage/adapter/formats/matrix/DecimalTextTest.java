package org.ertstorage.adapter.formats.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.ertstorage.adapter.formats.PythonFloats;
import org.junit.jupiter.api.Test;

/** Every decimal must read as the very double {@link Double#parseDouble} makes of it, fast path or not. */
class DecimalTextTest {

    private static final int SAMPLES = 200_000;

    private static void assertParsesLikeTheJdk(String text) {
        var bytes = text.getBytes(StandardCharsets.US_ASCII);
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                Double.doubleToRawLongBits(DecimalText.parse(bytes, 0, bytes.length)), text);
    }

    /** Any finite double, its bits drawn at random: every exponent equally likely. */
    private static double anyFinite(SplittableRandom random) {
        double value;
        do {
            value = Double.longBitsToDouble(random.nextLong());
        } while (!Double.isFinite(value));
        return value;
    }

    @Test
    void givenRandomDoublesAsPythonAndJavaPrintThem_parse_isTheJdksDouble() {
        var random = new SplittableRandom(20261204);
        for (int i = 0; i < SAMPLES; i++) {
            double value = i % 2 == 0 ? anyFinite(random) : random.nextDouble(-1e6, 1e6);
            assertParsesLikeTheJdk(PythonFloats.repr(value));
            assertParsesLikeTheJdk(Double.toString(value));
        }
    }

    @Test
    void givenRandomDecimalsOf16To19Digits_parse_isTheJdksDouble() {
        var random = new SplittableRandom(7);
        for (int i = 0; i < SAMPLES; i++) {
            int digits = 16 + random.nextInt(4);
            var mantissa = new StringBuilder().append((char) ('1' + random.nextInt(9)));
            for (int d = 1; d < digits; d++) {
                mantissa.append((char) ('0' + random.nextInt(10)));
            }
            int point = random.nextInt(digits + 1);
            mantissa.insert(point, '.');
            assertParsesLikeTheJdk(mantissa + "e" + (random.nextInt(640) - 330));
            assertParsesLikeTheJdk(mantissa.toString());
        }
    }

    /** Decimals a little above, at, and a little below the half-way points between neighbouring doubles. */
    @Test
    void givenDecimalsNearHalfWayBetweenDoubles_parse_isTheJdksDouble() {
        var random = new SplittableRandom(11);
        for (int i = 0; i < SAMPLES / 10; i++) {
            double value = Math.abs(i % 2 == 0 ? anyFinite(random) : random.nextDouble(1, 1e6));
            if (value == Double.MAX_VALUE) {
                continue;
            }
            var halfWay = new BigDecimal(value).add(new BigDecimal(Math.nextUp(value))).divide(BigDecimal.TWO);
            for (int digits = 16; digits <= 19; digits++) {
                for (var mode : List.of(RoundingMode.DOWN, RoundingMode.UP, RoundingMode.HALF_EVEN)) {
                    assertParsesLikeTheJdk(halfWay.round(new MathContext(digits, mode)).toString());
                }
            }
            assertParsesLikeTheJdk(halfWay.toString());
        }
    }

    @Test
    void givenEdgeCases_parse_isTheJdksDouble() {
        for (String text : List.of("0", "-0", "0.0", "-0.0", "0e5", "0.000000000000000000000000001", "1", "-1",
                "9007199254740992", "9007199254740993", "9007199254740995", "1e23", "8.98846567431158e307",
                "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e309", "-1e309",
                "2.2250738585072014e-308", "2.2250738585072011e-308", "2.225073858507201e-308", "4.9e-324",
                "2.4703282292062328e-324", "2.4703282292062327e-324", "1e-324", "5e-324", "1e-400", "1e+400",
                "123456789012345678", "1234567890123456789", "12345678901234567890", "0.1", "0.2", "0.3",
                "3.0000000000000004", "1E5", "1e+05", "1e-05", "1.5e0", "+1.5", "1.", ".5", "1e99999999999",
                "1e-99999999999", "0.30000000000000004", "100000000000000000000000e-20", "123.456e-2")) {
            assertParsesLikeTheJdk(text);
        }
    }

    @Test
    void givenTextThatIsNoDecimal_parse_throws() {
        for (String text : List.of("", "-", "e5", "1e", "1e+", "1e5x", "1.5.5", "0x10", "1d", "1f", "NaN", "Infinity", "1 ")) {
            var bytes = text.getBytes(StandardCharsets.US_ASCII);
            assertThrows(NumberFormatException.class, () -> DecimalText.parse(bytes, 0, bytes.length), text);
        }
    }

    /** The fast path must decide nearly always, or 17-digit numbers still cost the JDK's slow path. */
    @Test
    void givenShortestDigitsOfRandomDoubles_eiselLemire_decidesNearlyAllAndExactly() {
        var random = new SplittableRandom(3);
        int undecided = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double value = Math.abs(random.nextDouble(-1e300, 1e300) * Math.pow(10, random.nextInt(-300, 300)));
            if (value == 0 || !Double.isFinite(value) || value < Double.MIN_NORMAL) {
                continue;
            }
            var digits = new BigDecimal(Double.toString(value)).stripTrailingZeros();
            double decided = EiselLemire.toDouble(digits.unscaledValue().longValueExact(), -digits.scale());
            if (Double.isNaN(decided)) {
                undecided++;
            } else {
                assertEquals(value, decided, digits.toString());
            }
        }
        assertTrue(undecided < SAMPLES / 1000, undecided + " of " + SAMPLES + " undecided");
    }

    @Test
    void givenNumberOutsideTheTable_eiselLemire_isUndecided() {
        assertTrue(Double.isNaN(EiselLemire.toDouble(1, 400)));
        assertTrue(Double.isNaN(EiselLemire.toDouble(1, -400)));
        assertTrue(Double.isNaN(EiselLemire.toDouble(0, 0)));
        assertEquals(Double.parseDouble("12.345678901234567"), EiselLemire.toDouble(12_345_678_901_234_567L, -15));
    }
}
