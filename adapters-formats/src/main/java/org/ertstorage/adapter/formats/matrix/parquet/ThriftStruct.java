package org.ertstorage.adapter.formats.matrix.parquet;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Thrift struct decoded without its IDL: field id to value, where a value is a {@link Long}
 * (any integer), {@link Boolean}, {@link Double}, {@code byte[]} (binary or string), a
 * {@link List} or a nested {@code ThriftStruct}. Parquet's footer is small, so boxing here is fine.
 */
public record ThriftStruct(Map<Integer, Object> fields) {

    public boolean has(int id) {
        return fields.containsKey(id);
    }

    public long integer(int id) {
        return (Long) required(id);
    }

    public Optional<Long> optionalInteger(int id) {
        return Optional.ofNullable((Long) fields.get(id));
    }

    public String string(int id) {
        return new String((byte[]) required(id), StandardCharsets.UTF_8);
    }

    public Optional<ThriftStruct> struct(int id) {
        return Optional.ofNullable((ThriftStruct) fields.get(id));
    }

    public boolean bool(int id, boolean absent) {
        Object value = fields.get(id);
        return value == null ? absent : (Boolean) value;
    }

    @SuppressWarnings("unchecked")
    public <T> List<T> list(int id) {
        Object value = fields.get(id);
        return value == null ? List.of() : (List<T>) value;
    }

    private Object required(int id) {
        Object value = fields.get(id);
        if (value == null) {
            throw new IllegalArgumentException("Thrift field " + id + " is missing");
        }
        return value;
    }
}
