package dev.pep734.tck.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keys_are_sorted_and_only_required_escapes_are_written() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", List.of(1L, true, "a\"b\\c\nd\u0001é"));
        m.put("a", null);
        assertEquals("{\"a\":null,\"z\":[1,true,\"a\\\"b\\\\c\\nd\\u0001é\"]}", CanonicalJson.write(m));
        assertEquals(CanonicalJson.write(m), CanonicalJson.write(CanonicalJson.parse(CanonicalJson.pretty(m))));
    }

    @Test
    void parse_reads_escapes_and_rejects_what_certificates_never_hold() {
        assertEquals(Map.of("k", List.of("é/", -3L, false)), CanonicalJson.parse(" {\"k\" : [\"\\u00e9\\/\", -3, false]} "));
        assertEquals("JSON: expected a value (certificates hold whole numbers only) at offset 1",
                assertThrows(IllegalArgumentException.class, () -> CanonicalJson.parse("1.5")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.parse("{\"a\":1"));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.parse("[1] x"));
    }
}
