package dev.pep734.tck.spec;

/** What a clause of a document is. */
public enum ClauseKind {
    /** The whole document of one profile. */
    DOCUMENT,
    /** A titled section; holds other clauses. */
    SECTION,
    /** A declared API element: module, function, class, method, attribute, exception, data. */
    API,
    /** A literal block of Python code shown by the document. */
    EXAMPLE,
    /** One sentence of the document that says what must happen. */
    STATEMENT
}
