package dev.pep734.tck.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A clause while the document is being read: texts are appended and an example's expected output may be
 * set by a later block, so it is mutable until {@link #toClause} makes the immutable {@link Clause}.
 */
final class ClauseDraft {

    final ClauseKind kind;
    final String anchor;
    final String title;
    final int line;
    final List<ClauseDraft> children = new ArrayList<>();
    private final Set<String> childAnchors = new HashSet<>();
    private final StringBuilder text = new StringBuilder();
    ApiDeclaration api;
    String expectedOutput;
    /** For sections: examples numbered so far; the last one (a following "prints::" block may complete it). */
    int examples;
    ClauseDraft lastExample;

    ClauseDraft(ClauseKind kind, String anchor, String title, int line) {
        this.kind = kind;
        this.anchor = anchor;
        this.title = title;
        this.line = line;
    }

    ClauseDraft add(ClauseDraft child) {
        children.add(child);
        childAnchors.add(child.anchor);
        return child;
    }

    boolean hasChild(String anchor) {
        return childAnchors.contains(anchor);
    }

    /** The value part of the anchor: {@code key-details} for {@code section:key-details}. */
    String anchorValue() {
        return anchor.substring(anchor.indexOf(':') + 1);
    }

    void appendText(String more) {
        if (!more.isEmpty()) {
            text.append(text.length() == 0 ? "" : " ").append(more);
        }
    }

    /** Verbatim text, for examples (code keeps its layout). */
    void setText(String code) {
        text.setLength(0);
        text.append(code);
    }

    String text() {
        return text.toString();
    }

    Clause toClause(String resource) {
        return new Clause(kind, anchor, title, SourceLocation.of(resource, line), text.toString(),
                Optional.ofNullable(api), Optional.ofNullable(expectedOutput),
                children.stream().map(child -> child.toClause(resource)).toList());
    }
}
