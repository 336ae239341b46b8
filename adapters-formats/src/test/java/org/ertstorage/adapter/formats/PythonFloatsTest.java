package org.ertstorage.adapter.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonFloatsTest {

    @ParameterizedTest
    @CsvSource({
            "1.0, 1.0", "0.1, 0.1", "0.0001, 0.0001", "0.00001, 1e-05", "123456789.0, 123456789.0",
            "1000000000000000.0, 1000000000000000.0", "1e16, 1e+16", "1.5e16, 1.5e+16",
            "1.7976931348623157e308, 1.7976931348623157e+308", "4.9e-324, 5e-324", "-0.0, -0.0",
            "0.0, 0.0", "-12.180099999999998, -12.180099999999998", "169.28446944444443, 169.28446944444443",
            "1.2, 1.2", "100.0, 100.0", "0.00012345, 0.00012345", "1.2345e-7, 1.2345e-07", "-2.5e22, -2.5e+22",
            "1234.5678, 1234.5678", "0.3333333333333333, 0.3333333333333333", "0.001, 0.001",
            "1e7, 10000000.0", "9999999.0, 9999999.0", "0.000999, 0.000999", "1234567.125, 1234567.125",
            "-0.0015, -0.0015", "9999999.999999998, 9999999.999999998", "0.0010000000000000002, 0.0010000000000000002"
    })
    void givenFiniteDouble_repr_writesPythonsText(double value, String expected) {
        assertEquals(expected, PythonFloats.repr(value));
        assertEquals(expected, PythonFloats.json(value));
    }

    /** Java's and Python's shortest digits agree; the layout must be Python's at any magnitude. */
    @Test
    void givenRandomDoubles_repr_readsBackAndIsDecimalExactlyWherePythonsIs() {
        var random = new SplittableRandom(42);
        for (int i = 0; i < 100_000; i++) {
            double value = random.nextDouble(-1, 1) * Math.pow(10, random.nextInt(-8, 20));
            String text = PythonFloats.repr(value);
            assertEquals(value, Double.parseDouble(text), text);
            double magnitude = Math.abs(value);
            assertEquals(magnitude >= 1e-4 && magnitude < 1e16, !text.contains("e"), text);
            assertTrue(text.contains("e") || text.contains("."), "a float always shows a point or an exponent: " + text);
        }
    }

    @ParameterizedTest
    @CsvSource({"NaN, nan, NaN", "Infinity, inf, Infinity", "-Infinity, -inf, -Infinity"})
    void givenNonFiniteDouble_reprAndJson_writeTheirTokens(double value, String repr, String json) {
        assertEquals(repr, PythonFloats.repr(value));
        assertEquals(json, PythonFloats.json(value));
    }
}
