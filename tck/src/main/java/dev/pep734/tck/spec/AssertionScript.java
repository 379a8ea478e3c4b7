package dev.pep734.tck.spec;

/**
 * A hand-written assertion script.
 *
 * @param id the file name without {@code .py}; the test's id under its clause
 * @param resource class-path resource of the script
 * @param location where its header starts
 * @param header its parsed frontmatter
 * @param source the whole file
 */
public record AssertionScript(String id, String resource, SourceLocation location, AssertionHeader header,
                              String source) {
}
