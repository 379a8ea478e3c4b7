package dev.pep734.tck.spec;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The clauses of a document that can be named from outside (assertion headers, errata): the document,
 * sections, API elements and examples, whose anchors are unique in the document. Statements are unique only
 * within their parent and are named through it.
 */
final class ClauseIndex {

    private final Map<String, Clause> byAnchor = new HashMap<>();

    ClauseIndex(Clause document) {
        add(document);
    }

    private void add(Clause clause) {
        if (clause.kind() != ClauseKind.STATEMENT) {
            byAnchor.putIfAbsent(clause.anchor(), clause);
        }
        clause.children().forEach(this::add);
    }

    Optional<Clause> find(String anchor) {
        return Optional.ofNullable(byAnchor.get(anchor));
    }

    /** Whether {@code clause} or one of its descendants has the anchor. */
    static boolean contains(Clause clause, String anchor) {
        if (clause.anchor().equals(anchor)) {
            return true;
        }
        for (Clause child : clause.children()) {
            if (contains(child, anchor)) {
                return true;
            }
        }
        return false;
    }
}
