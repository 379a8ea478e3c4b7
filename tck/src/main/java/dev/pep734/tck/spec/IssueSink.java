package dev.pep734.tck.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems found in one spec source. Readers report here and go on: a malformed source
 * never aborts reading, it only adds issues.
 */
final class IssueSink {

    private final String resource;
    private final List<SpecIssue> issues = new ArrayList<>();

    IssueSink(String resource) {
        this.resource = resource;
    }

    String resource() {
        return resource;
    }

    void error(int line, String message) {
        add(SpecIssue.Severity.ERROR, line, message);
    }

    void warning(int line, String message) {
        add(SpecIssue.Severity.WARNING, line, message);
    }

    private void add(SpecIssue.Severity severity, int line, String message) {
        issues.add(new SpecIssue(severity, message, SourceLocation.of(resource, Math.max(line, 1))));
    }

    List<SpecIssue> issues() {
        return List.copyOf(issues);
    }
}
