package dev.pep734.tck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeafViewTest {

    private static final String DOC = "pep734/spec/p/document.rst";
    private static final String SCRIPT = "pep734/spec/p/assertions/Interpreter.close/close-twice.py";

    @Test
    void apiLeafIsPlacedByProfileSectionAndClause() {
        Tree.Node profile = Tree.profile("p", "concurrent.interpreters (Python 3.14)");
        Tree.Node close = profile.container("section", "doc", "Document title")
                .container("section", "reference", "Reference")
                .container("section", "interpreter-objects", "Interpreter objects")
                .container("api", "Interpreter", "Interpreter")
                .container("api", "Interpreter.close", "Interpreter.close()", DOC, 97);
        Tree.Node leaf = close.leaf("assertion", "close-twice", "closing twice is harmless", SCRIPT, 1,
                "must", "assertion", "p", "threads");

        LeafView view = LeafView.of(leaf, "must", "cpython 3.14.3");

        assertEquals(List.of(
                new ReportLabel("epic", "concurrent.interpreters (Python 3.14)"),
                new ReportLabel("feature", "Interpreter objects"),
                new ReportLabel("story", "Interpreter.close()"),
                new ReportLabel("parentSuite", "concurrent.interpreters (Python 3.14)"),
                new ReportLabel("suite", "Interpreter objects"),
                new ReportLabel("subSuite", "Interpreter.close()"),
                new ReportLabel("severity", "critical")), view.labels());
        assertEquals(List.of(new ReportLink(DOC + ":97", DOC + ".html#L97", "spec"),
                new ReportLink(SCRIPT + ":1", SCRIPT + ".html#L1", "script")), view.links());
        assertEquals("cpython 3.14.3", view.implementation());
        assertEquals("[engine:pep734-tck]/[profile:p]/[section:doc]/[section:reference]/[section:interpreter-objects]"
                + "/[api:Interpreter]/[api:Interpreter.close]/[assertion:close-twice]", view.uniqueId());
    }

    @Test
    void leafOfASectionHasNoSeparateSubSuite() {
        Tree.Node section = Tree.profile("p", "T").container("section", "basic-usage", "Basic usage", DOC, 30);
        LeafView view = LeafView.of(section.leaf("example", "basic-usage/1", "Basic usage, example 1", DOC, 40),
                "should", "reference 0.1.0");

        assertEquals(List.of(
                new ReportLabel("epic", "T"),
                new ReportLabel("feature", "Basic usage"),
                new ReportLabel("story", "Basic usage"),
                new ReportLabel("parentSuite", "T"),
                new ReportLabel("suite", "Basic usage"),
                new ReportLabel("severity", "normal")), view.labels());
        assertEquals(List.of(new ReportLink(DOC + ":40", DOC + ".html#L40", "spec")), view.links(),
                "an example's own line, not its section's");
    }

    @Test
    void kitFaultUnderTheProfileBlocksAndHasNoSection() {
        Tree.Node profile = Tree.profile("p", "T");
        LeafView view = LeafView.of(profile.leaf("assertion", "orphan", "names unknown clause", DOC, 1, "kit", "p"),
                "", "cpython 3.14.3");

        assertEquals(List.of(
                new ReportLabel("epic", "T"),
                new ReportLabel("parentSuite", "T"),
                new ReportLabel("severity", "blocker")), view.labels());
    }

    @Test
    void severityFollowsTheLevel() {
        assertEquals("critical", LeafView.severity("must", false));
        assertEquals("normal", LeafView.severity("should", false));
        assertEquals("minor", LeafView.severity("may", false));
        assertEquals("trivial", LeafView.severity("", false));
        assertEquals("blocker", LeafView.severity("", true));
    }

    @Test
    void historyIdIsStableAndSeparatesImplementations() {
        Tree.Node leaf = Tree.profile("p", "T").container("section", "s", "S").leaf("check", "exists", "x", DOC, 3);
        LeafView cpython = LeafView.of(leaf, "must", "cpython 3.14.3");

        assertEquals(cpython.historyId(), LeafView.of(leaf, "must", "cpython 3.14.3").historyId());
        assertNotEquals(cpython.historyId(), LeafView.of(leaf, "must", "reference 0.1.0").historyId());
        assertEquals(32, cpython.historyId().length());
    }
}
