package org.ertstorage.adapter.formats.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MatrixFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "application/json|JSON", "application/x-numpy|NUMPY", "text/csv|CSV", "application/x-dataframe|CSV",
            "application/x-parquet|PARQUET", "application/json; charset=utf-8|JSON", "Text/CSV ; charset=UTF-8|CSV",
            "APPLICATION/X-PARQUET|PARQUET"})
    void givenKnownMediaType_ofContentType_picksFormat(String contentType, MatrixFormat expected) {
        assertEquals(Optional.of(expected), MatrixFormat.ofContentType(contentType));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void givenNoContentType_ofContentType_isJson(String contentType) {
        assertEquals(Optional.of(MatrixFormat.JSON), MatrixFormat.ofContentType(contentType));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/x-www-form-urlencoded", "text/plain", "*/*", "application/octet-stream"})
    void givenUnknownContentType_ofContentType_isEmpty(String contentType) {
        assertEquals(Optional.empty(), MatrixFormat.ofContentType(contentType));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "application/json|JSON", "text/csv|CSV", "application/x-dataframe|CSV", "application/x-numpy|NUMPY",
            "application/x-parquet|PARQUET", "*/*|JSON", "image/png|JSON", "text/csv; charset=utf-8|CSV",
            "'text/csv, application/json'|CSV", "'text/csv;q=0.5, application/x-numpy'|NUMPY",
            "'application/json;q=0.1, text/csv;q=0.9'|CSV", "'text/csv;q=0, */*'|JSON", "'image/png, text/csv, */*'|CSV",
            "'application/x-numpy;q=0.8, application/x-parquet;q=0.8'|NUMPY", "text/csv;q=abc|JSON"})
    void givenAccept_ofAccept_picksTheBestSupportedType(String accept, MatrixFormat expected) {
        assertEquals(expected, MatrixFormat.ofAccept(accept));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void givenNoAccept_ofAccept_isJson(String accept) {
        assertEquals(MatrixFormat.JSON, MatrixFormat.ofAccept(accept));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"JSON|application/json", "CSV|text/csv; charset=utf-8",
            "NUMPY|application/x-numpy", "PARQUET|application/x-parquet"})
    void givenFormat_responseContentType_isTheOriginals(MatrixFormat format, String contentType) {
        assertEquals(contentType, format.responseContentType());
    }
}
