package dev.pep734.tck.spec;

/**
 * A hand-written assertion script.
 *
 * @param id the file name without {@code .py}; the test's id under its clause
 * @param resource class-path resource of the script
 * @param location where its header starts
 * @param header its parsed frontmatter
 * @param source the program to run: the harness files the header includes, then the whole file (line numbers
 *     of tracebacks refer to this program, which the engine writes out as the test's reproducer)
 */
public record AssertionScript(String id, String resource, SourceLocation location, AssertionHeader header,
                              String source) {
}
