package dev.pep734.tck.certificate;

import java.util.List;
import java.util.Map;

/** Typed reads of parsed certificate JSON that name the missing or mistyped member. */
final class Fields {

    private Fields() {
    }

    static String text(Map<String, Object> m, String key) {
        return typed(m, key, String.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> m, String key) {
        return typed(m, key, Map.class);
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(Map<String, Object> m, String key) {
        return typed(m, key, List.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asObject(Object value) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("certificate: expected an object, found " + value);
        }
        return (Map<String, Object>) value;
    }

    private static <T> T typed(Map<String, Object> m, String key, Class<T> type) {
        Object value = m.get(key);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("certificate: member '" + key + "' is missing or not a "
                    + type.getSimpleName().toLowerCase(java.util.Locale.ROOT));
        }
        return type.cast(value);
    }
}
