package dev.pep734.tck.spec;

/**
 * Where a node stands: a class-path resource (e.g. {@code pep734/spec/concurrent.interpreters-3.14/document.rst})
 * and a 1-based line and column.
 */
public record SourceLocation(String resource, int line, int column) {

    public static SourceLocation of(String resource, int line) {
        return new SourceLocation(resource, line, 1);
    }

    @Override
    public String toString() {
        return resource + ":" + line;
    }
}
