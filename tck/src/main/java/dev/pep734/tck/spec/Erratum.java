package dev.pep734.tck.spec;

import java.util.Map;
import java.util.Optional;

/**
 * One place where a document is wrong, broken, or contradicts CPython 3.14.3 (see spec/README.md).
 *
 * @param id the erratum's slug
 * @param target clause anchor, optionally {@code /} and a test segment, e.g. {@code api:Interpreter.exec/check:signature}
 * @param reason what is wrong
 * @param evidence what shows it
 * @param instead what the TCK checks in its place
 * @param fields every other key of the block ({@code signature}, {@code bases}, {@code replacement},
 *     {@code output}, {@code action})
 * @param location where the block starts in {@code errata.txt}
 */
public record Erratum(String id, String target, String reason, String evidence, String instead,
                      Map<String, String> fields, SourceLocation location) {

    public Erratum {
        fields = Map.copyOf(fields);
    }

    public Optional<String> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** Whether the erratum declares its target not testable (reported "not verified"). */
    public boolean notTestable() {
        return "not-testable".equals(fields.get("action"));
    }
}
