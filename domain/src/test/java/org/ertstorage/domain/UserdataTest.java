package org.ertstorage.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserdataTest {

    private static Userdata of(String... keysAndValues) {
        var entries = new LinkedHashMap<String, String>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Userdata(entries);
    }

    @Test
    void givenStoredObject_merge_replacesTopLevelKeysAndKeepsNulls() {
        var stored = of("a", "1", "b", "{\"c\":2}");
        var merged = stored.merge(of("b", "{\"d\":3}", "e", "null"));
        assertEquals("{\"a\":1,\"b\":{\"d\":3},\"e\":null}", merged.toJson());
    }

    @Test
    void givenEmpty_toJson_isEmptyObject() {
        assertEquals("{}", Userdata.EMPTY.toJson());
    }

    @Test
    void givenKeysNeedingEscapes_toJson_escapesThem() {
        assertEquals("{\"q\\\"\\\\\\n\\u0001\":true}", of("q\"\\\n\u0001", "true").toJson());
    }

    @Test
    void givenNonAsciiKey_toJson_keepsItRaw() {
        assertEquals("{\"ø\":1}", of("ø", "1").toJson());
    }

    @Test
    void givenEntries_constructor_copiesThem() {
        var entries = new LinkedHashMap<String, String>(Map.of("a", "1"));
        var userdata = new Userdata(entries);
        entries.put("b", "2");
        assertEquals(Map.of("a", "1"), userdata.entries());
    }

    @Test
    void givenNullValue_constructor_throws() {
        var entries = new LinkedHashMap<String, String>();
        entries.put("a", null);
        assertThrows(NullPointerException.class, () -> new Userdata(entries));
    }
}
