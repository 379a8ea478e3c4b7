package dev.pep734.tck.spec;

import java.util.List;
import java.util.Optional;

/**
 * One node of a document's clause tree.
 *
 * @param kind what it is
 * @param anchor stable id within its parent, from the spec's own names, never a line number:
 *     {@code section:key-details}, {@code api:Interpreter.close}, {@code example:basic-usage/1} (n-th example of its
 *     section), {@code statement:finalize-and-destroy-the-interpreter}
 * @param title a display name that stands alone, e.g. {@code "Interpreter.close()"} or
 *     {@code "Basic usage, example 1"}
 * @param location where it starts
 * @param text for sections, API clauses and statements: the prose, whitespace-normalised; for examples the
 *     code exactly as written (dedented)
 * @param api the declaration, for API clauses
 * @param expectedOutput for examples that show output (a doctest session or a following "prints" block)
 * @param children sub-clauses in document order
 */
public record Clause(ClauseKind kind, String anchor, String title, SourceLocation location, String text,
                     Optional<ApiDeclaration> api, Optional<String> expectedOutput, List<Clause> children) {

    public Clause {
        children = List.copyOf(children);
    }

    /** The anchor's kind part: {@code api} for {@code api:Interpreter.close}. */
    public String anchorType() {
        int colon = anchor.indexOf(':');
        return colon < 0 ? anchor : anchor.substring(0, colon);
    }

    /** The anchor's value part: {@code Interpreter.close} for {@code api:Interpreter.close}. */
    public String anchorValue() {
        int colon = anchor.indexOf(':');
        return colon < 0 ? anchor : anchor.substring(colon + 1);
    }
}
