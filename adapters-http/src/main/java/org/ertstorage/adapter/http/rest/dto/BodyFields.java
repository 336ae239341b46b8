package org.ertstorage.adapter.http.rest.dto;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.ertstorage.adapter.http.error.RequestValidationException;
import org.ertstorage.adapter.http.error.ValidationIssue;
import org.ertstorage.adapter.formats.PythonFloats;

/**
 * Reads the fields of a JSON request body with pydantic's rules and messages, collecting every
 * issue before failing, as the original server does: numbers are accepted for strings, numeric
 * strings for numbers, and each problem is reported with its {@code loc}.
 */
public final class BodyFields {

    /** Reads one value at {@code loc}; returns null after recording an issue. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(JsonNode value, List<Object> loc, BodyFields fields);
    }

    private static final Set<String> TRUE_WORDS = Set.of("1", "on", "t", "true", "y", "yes");
    private static final Set<String> FALSE_WORDS = Set.of("0", "off", "f", "false", "n", "no");

    private final List<ValidationIssue> issues;
    private final JsonNode object;
    private final List<Object> loc;

    private BodyFields(List<ValidationIssue> issues, JsonNode object, List<Object> loc) {
        this.issues = issues;
        this.object = object;
        this.loc = loc;
    }

    /** The fields of a whole request body, which must be a JSON object. */
    public static BodyFields of(JsonNode body) {
        var fields = new BodyFields(new ArrayList<>(), body, List.of("body"));
        if (!body.isObject()) {
            fields.fail(fields.loc, "value is not a valid dict", "type_error.dict");
        }
        return fields;
    }

    /** A whole body that is not an object, e.g. a list of ids. @throws RequestValidationException when it does not read */
    public static <T> T wholeBody(JsonNode body, Reader<T> reader) {
        var fields = new BodyFields(new ArrayList<>(), body, List.of("body"));
        T value = reader.read(body, fields.loc, fields);
        fields.throwIfInvalid();
        return value;
    }

    /** The fields of a nested object at {@code loc}, reporting into the same issue list; null if not an object. */
    public BodyFields nested(JsonNode value, List<Object> at) {
        if (!value.isObject()) {
            fail(at, "value is not a valid dict", "type_error.dict");
            return null;
        }
        return new BodyFields(issues, value, at);
    }

    /** Fields read on trial: issues stay here until {@link #adopt} copies them to a reader of the body. */
    public static BodyFields trial(JsonNode object, List<Object> at) {
        return new BodyFields(new ArrayList<>(), object, at);
    }

    public boolean valid() {
        return issues.isEmpty();
    }

    public void adopt(BodyFields trial) {
        issues.addAll(trial.issues);
    }

    public <T> T required(String name, Reader<T> reader) {
        var at = at(name);
        JsonNode value = object.isObject() ? object.get(name) : null;
        if (value == null) {
            if (object.isObject()) {
                issues.add(ValidationIssue.missing(at));
            }
            return null;
        }
        if (value.isNull()) {
            fail(at, "none is not an allowed value", "type_error.none.not_allowed");
            return null;
        }
        return reader.read(value, at, this);
    }

    /** A field that may be missing (giving {@code fallback}) but not {@code null}. */
    public <T> T optional(String name, T fallback, Reader<T> reader) {
        JsonNode value = object.isObject() ? object.get(name) : null;
        if (value == null) {
            return fallback;
        }
        if (value.isNull()) {
            fail(at(name), "none is not an allowed value", "type_error.none.not_allowed");
            return fallback;
        }
        return reader.read(value, at(name), this);
    }

    /** A field that may be missing or {@code null}, both giving {@code fallback}. */
    public <T> T nullable(String name, T fallback, Reader<T> reader) {
        JsonNode value = object.isObject() ? object.get(name) : null;
        if (value == null || value.isNull()) {
            return fallback;
        }
        return reader.read(value, at(name), this);
    }

    public boolean has(String name) {
        return object.isObject() && object.has(name);
    }

    public List<Object> at(Object key) {
        return at(loc, key);
    }

    public List<Object> at(List<Object> parent, Object key) {
        var path = new ArrayList<>(parent);
        path.add(key);
        return path;
    }

    public void fail(List<Object> at, String msg, String type) {
        issues.add(new ValidationIssue(at, msg, type));
    }

    /** @throws RequestValidationException listing every issue found so far */
    public void throwIfInvalid() {
        if (!issues.isEmpty()) {
            throw new RequestValidationException(issues);
        }
    }

    // Readers, as pydantic v1 coerces.

    public static String string(JsonNode value, List<Object> at, BodyFields fields) {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        if (value.isNumber()) {
            return PythonFloats.repr(value.doubleValue());
        }
        fields.fail(at, "str type expected", "type_error.str");
        return null;
    }

    public static Integer integer(JsonNode value, List<Object> at, BodyFields fields) {
        try {
            if (value.isBoolean()) {
                return value.booleanValue() ? 1 : 0;
            }
            if (value.isNumber() || value.isTextual()) {
                // Lossy coercions such as 2.7 -> 2 are refused (DEFECTS D-25).
                var number = value.isNumber() ? value.decimalValue() : new BigDecimal(value.textValue().strip());
                return number.intValueExact();
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // reported below
        }
        fields.fail(at, "value is not a valid integer", "type_error.integer");
        return null;
    }

    public static Double number(JsonNode value, List<Object> at, BodyFields fields) {
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? 1.0 : 0.0;
        }
        if (value.isTextual()) {
            var parsed = pythonFloat(value.textValue());
            if (parsed != null) {
                return parsed;
            }
        }
        fields.fail(at, "value is not a valid float", "type_error.float");
        return null;
    }

    public static Boolean bool(JsonNode value, List<Object> at, BodyFields fields) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String word = value.isIntegralNumber() || value.isTextual() ? value.asText().strip().toLowerCase(Locale.ROOT) : "";
        if (TRUE_WORDS.contains(word)) {
            return true;
        }
        if (FALSE_WORDS.contains(word)) {
            return false;
        }
        fields.fail(at, "value could not be parsed to a boolean", "type_error.bool");
        return null;
    }

    public static UUID uuid(JsonNode value, List<Object> at, BodyFields fields) {
        var parsed = value.isTextual() ? PythonUuids.parse(value.textValue()) : null;
        if (parsed == null) {
            fields.fail(at, "value is not a valid uuid", "type_error.uuid");
        }
        return parsed;
    }

    /** A JSON object, or an empty array, which pydantic turns into an empty dict. */
    public static JsonNode dict(JsonNode value, List<Object> at, BodyFields fields) {
        if (value.isObject() || (value.isArray() && value.isEmpty())) {
            return value;
        }
        fields.fail(at, "value is not a valid dict", "type_error.dict");
        return null;
    }

    /** A list whose items all read; null (with every item's issue recorded) when one does not. */
    public static <T> Reader<List<T>> listOf(Reader<T> item) {
        return (value, at, fields) -> {
            if (!value.isArray()) {
                fields.fail(at, "value is not a valid list", "type_error.list");
                return null;
            }
            var items = new ArrayList<T>(value.size());
            boolean valid = true;
            for (int i = 0; i < value.size(); i++) {
                var element = value.get(i);
                var path = new ArrayList<>(at);
                path.add(i);
                T read = element.isNull() ? null : item.read(element, path, fields);
                if (element.isNull()) {
                    fields.fail(path, "none is not an allowed value", "type_error.none.not_allowed");
                }
                valid &= read != null;
                items.add(read);
            }
            return valid ? items : null;
        };
    }

    /** Python's {@code float(text)}: decimal or scientific text, {@code nan}, {@code inf}, {@code infinity}. */
    static Double pythonFloat(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT).replace("_", "");
        String unsigned = word.startsWith("-") || word.startsWith("+") ? word.substring(1) : word;
        double sign = word.startsWith("-") ? -1 : 1;
        switch (unsigned) {
            case "nan" -> {
                return Double.NaN;
            }
            case "inf", "infinity" -> {
                return sign * Double.POSITIVE_INFINITY;
            }
            default -> {
                if (!unsigned.matches("(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) {
                    return null;
                }
                return sign * Double.parseDouble(unsigned);
            }
        }
    }
}
