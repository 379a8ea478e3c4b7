package dev.pep734.tck.spec;

/** A problem found while reading a spec source; becomes a JUnit {@code DiscoveryIssue}. */
public record SpecIssue(Severity severity, String message, SourceLocation location) {

    public enum Severity { INFO, WARNING, ERROR }

    @Override
    public String toString() {
        return location + ": " + severity + ": " + message;
    }
}
