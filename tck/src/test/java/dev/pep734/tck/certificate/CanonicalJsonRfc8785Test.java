package dev.pep734.tck.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

/**
 * {@link CanonicalJson#write} is RFC 8785 (JCS) exactly: checked against an independent implementation
 * (org.erdtman.jcs, test scope only), so a vendor can recompute a certificate's digest with any JCS library.
 */
class CanonicalJsonRfc8785Test {

    /** What an independent JCS implementation makes of a JSON text. */
    private static String jcs(String json) throws IOException {
        return new JsonCanonicalizer(json).getEncodedString();
    }

    @Test
    void every_control_character_and_the_short_escapes_are_written_as_jcs_writes_them() throws IOException {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            all.append(c);
        }
        all.append("é\u2028\u2029\uFEFF\uFFFF😀\uD7FF\uE000");
        String value = all.toString();
        assertEquals(jcs(CanonicalJson.pretty(List.of(value))), CanonicalJson.write(List.of(value)));
        assertEquals("[\"\\b\\f\\n\\r\\t\\u000b\\u001f\\\"\\\\/\"]",
                CanonicalJson.write(List.of("\b\f\n\r\t\u000b\u001f\"\\/")));
    }

    @Test
    void members_are_sorted_by_utf16_code_units_not_by_code_points() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String key : List.of("\uE000", "😀", "a", "A", "", "é", "10", "9", "\u007f", "ab", "a\u0000")) {
            m.put(key, key.length() + 0L);
        }
        String ours = CanonicalJson.write(m);
        assertEquals(jcs(CanonicalJson.pretty(m)), ours);
        // U+1F600 is stored as D83D DE00, which sorts before E000 in UTF-16 although its code point is larger.
        assertTrue(ours.indexOf("😀") < ours.indexOf("\uE000"), ours);
    }

    @Test
    void whole_numbers_up_to_two_to_the_53_are_written_as_jcs_writes_them() throws IOException {
        List<Object> numbers = List.of(0L, -1L, 1L, 42, 1_000_000L, 1L << 40, CanonicalJson.MAX_EXACT,
                -CanonicalJson.MAX_EXACT);
        assertEquals(jcs(CanonicalJson.pretty(numbers)), CanonicalJson.write(numbers));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(List.of(CanonicalJson.MAX_EXACT + 1)));
    }

    @Test
    void a_text_with_other_escapes_and_spacing_canonicalizes_to_the_same_bytes() throws IOException {
        String text = "{ \"b\" : \"\\u0041\\/\\u00e9\\ud83d\\ude00\" ,\n\t\"a\": [ 1 , {\"y\":null,\"x\":true} ],"
                + "\"\\u00e9\":false }";
        assertEquals(jcs(text), CanonicalJson.write(CanonicalJson.parse(text)));
    }

    @Test
    void random_documents_agree_with_the_independent_implementation() throws IOException {
        Random random = new Random(8785);
        for (int i = 0; i < 500; i++) {
            // In a list: the library reads only an object or an array at the top.
            Object value = java.util.Collections.singletonList(randomValue(random, 0));
            assertEquals(jcs(CanonicalJson.pretty(value)), CanonicalJson.write(value), "seed 8785, document " + i);
        }
    }

    @Test
    void a_certificates_digest_is_sha256_of_its_jcs_form_without_the_digest() throws Exception {
        Map<String, Object> json = Samples.conformant().toJson();
        String pretty = CanonicalJson.pretty(json);
        Map<String, Object> withoutDigest = new LinkedHashMap<>(Fields.asObject(CanonicalJson.parse(pretty)));
        withoutDigest.remove("digest");
        byte[] canonical = new JsonCanonicalizer(CanonicalJson.pretty(withoutDigest)).getEncodedUTF8();
        String digest = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        assertEquals(json.get("digest"), digest);
        assertEquals(new String(canonical, StandardCharsets.UTF_8), CanonicalJson.write(withoutDigest));
    }

    @Test
    void a_lone_surrogate_is_refused_as_jcs_requires_unicode_text() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CanonicalJson.write(List.of("ok \uD83D then not")));
        assertEquals("JSON: a lone surrogate U+D83D at index 3 of a string (not Unicode text)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(List.of("\uDE00")));
    }

    @Test
    void a_long_message_is_never_cut_inside_a_surrogate_pair() {
        String message = "x".repeat(1999) + "😀" + "tail";
        TestOutcome outcome = new TestOutcome("p/t", "p", "must", TestOutcome.FAILED, "t", "c", "", message);
        assertEquals("x".repeat(1999) + " [...]", outcome.message());
        CanonicalJson.write(List.of(outcome.message()));
    }

    private static Object randomValue(Random random, int depth) {
        int kind = random.nextInt(depth > 3 ? 4 : 6);
        return switch (kind) {
            case 0 -> randomString(random);
            case 1 -> random.nextBoolean() ? (Object) (random.nextLong() % CanonicalJson.MAX_EXACT)
                    : (Object) (long) random.nextInt(1000);
            case 2 -> random.nextBoolean();
            case 3 -> null;
            case 4 -> {
                List<Object> list = new ArrayList<>();
                for (int n = random.nextInt(5); n > 0; n--) {
                    list.add(randomValue(random, depth + 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int n = random.nextInt(6); n > 0; n--) {
                    map.put(randomString(random), randomValue(random, depth + 1));
                }
                yield map;
            }
        };
    }

    /** Letters, controls, quotes, non-ASCII of each UTF-8 length, and surrogate pairs. */
    private static String randomString(Random random) {
        String[] pool = {"a", "Z", "0", " ", "\"", "\\", "/", "\b", "\f", "\n", "\r", "\t", "\u0000", "\u001f",
                "\u007f", "é", "ß", "\u2028", "€", "\uFFFD", "😀", "𝄞", "\uE000", "中"};
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(8); n > 0; n--) {
            s.append(pool[random.nextInt(pool.length)]);
        }
        return s.toString();
    }
}
