package org.ertstorage.adapter.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
            "1234.5678, 1234.5678", "0.3333333333333333, 0.3333333333333333"
    })
    void givenFiniteDouble_repr_writesPythonsText(double value, String expected) {
        assertEquals(expected, PythonFloats.repr(value));
        assertEquals(expected, PythonFloats.json(value));
    }

    @ParameterizedTest
    @CsvSource({"NaN, nan, NaN", "Infinity, inf, Infinity", "-Infinity, -inf, -Infinity"})
    void givenNonFiniteDouble_reprAndJson_writeTheirTokens(double value, String repr, String json) {
        assertEquals(repr, PythonFloats.repr(value));
        assertEquals(json, PythonFloats.json(value));
    }
}
