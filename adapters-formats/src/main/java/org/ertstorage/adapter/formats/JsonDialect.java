package org.ertstorage.adapter.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.UncheckedIOException;

/**
 * JSON as the original server reads and writes it: {@code NaN}, {@code Infinity} and
 * {@code -Infinity} accepted on input and written as bare tokens, floats in Python's {@code repr}
 * form, compact output with non-ASCII text written raw.
 */
public final class JsonDialect {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .propertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new SimpleModule("python-floats")
                    .addSerializer(Double.class, new PythonDoubleSerializer())
                    .addSerializer(Double.TYPE, new PythonDoubleSerializer()))
            .build();

    private JsonDialect() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** @throws JsonProcessingException for text that is not JSON */
    public static JsonNode parse(byte[] json) throws JsonProcessingException {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compact JSON text of a value built from records, maps, lists, strings and numbers. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /** A parsed JSON value re-written in this dialect (Python float text), e.g. to store userdata. */
    public static String normalize(JsonNode node) {
        try {
            return write(MAPPER.treeToValue(node, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot convert a parsed JSON tree", e);
        }
    }

    private static final class PythonDoubleSerializer extends StdSerializer<Double> {

        PythonDoubleSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws java.io.IOException {
            generator.writeNumber(PythonFloats.json(value));
        }
    }
}
