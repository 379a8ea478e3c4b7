package dev.pep734.tck.certificate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A test the vendor's expectations file excluded: it cannot count towards conformance.
 *
 * @param id the test path as listed
 * @param reason the vendor's reason
 * @param where the file and line that listed it
 * @param actual how the test actually ended ({@code failed} or {@code passed})
 */
public record Exclusion(String id, String reason, String where, String actual) {

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("reason", reason);
        m.put("where", where);
        m.put("actual", actual);
        return m;
    }

    static Exclusion fromJson(Map<String, Object> m) {
        return new Exclusion(Fields.text(m, "id"), Fields.text(m, "reason"), Fields.text(m, "where"),
                Fields.text(m, "actual"));
    }
}
