package dev.pep734.tck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.pep734.tck.spec.SourceLocation;
import dev.pep734.tck.spec.SpecIssue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;

class DiscoveryTest {

    private static Map<String, TestDescriptor> byPath(TestDescriptor root) {
        Map<String, TestDescriptor> all = new TreeMap<>();
        root.getDescendants().forEach(d -> all.put(TestPaths.shortPath(d.getUniqueId()), d));
        return all;
    }

    @Test
    void marker_class_resolves_into_the_whole_tree_with_ids_from_anchors() {
        EngineDiscoveryResults results = TckRun.kit("discovery", Fixtures.profile("fixture"))
                .selectors(selectClass(TckRun.FAKE_MARKER)).discover();
        Map<String, TestDescriptor> tree = byPath(results.getEngineDescriptor());
        assertEquals(Set.of(
                "fixture",
                "fixture/section:reference",
                "fixture/section:reference/assertion:module-imports",
                "fixture/section:reference/statement:module-provides",
                "fixture/section:reference/api:Thing",
                "fixture/section:reference/api:Thing/check:exists",
                "fixture/section:reference/api:Thing/check:signature",
                "fixture/section:reference/api:Thing/assertion:thing-small",
                "fixture/section:reference/api:Thing/api:Thing.close",
                "fixture/section:reference/api:Thing/api:Thing.close/check:exists",
                "fixture/section:reference/api:Thing/api:Thing.close/assertion:close-twice",
                "fixture/section:reference/api:Thing/api:Thing.close/statement:close-is-idempotent",
                "fixture/section:reference/api:make",
                "fixture/section:reference/api:make/check:exists",
                "fixture/section:reference/api:make/assertion:make-bad-input",
                "fixture/section:reference/example:reference/1",
                "fixture/section:limits",
                "fixture/section:limits/api:limit",
                "fixture/section:limits/api:limit/check:exists"), tree.keySet());
        assertEquals("[engine:pep734-tck]/[profile:fixture]/[section:reference]/[api:Thing]/[api:Thing.close]"
                        + "/[assertion:close-twice]",
                tree.get("fixture/section:reference/api:Thing/api:Thing.close/assertion:close-twice")
                        .getUniqueId().toString());
        assertEquals("fixture: Fixture API fixture", tree.get("fixture").getDisplayName());
        assertTrue(results.getDiscoveryIssues().isEmpty(), () -> results.getDiscoveryIssues().toString());
    }

    @Test
    void leaves_have_standalone_names_sources_with_lines_and_tags() {
        TestDescriptor root = TckRun.kit("discovery", Fixtures.profile("fixture"))
                .selectors(selectClass(TckRun.FAKE_MARKER)).discover().getEngineDescriptor();
        Map<String, TestDescriptor> tree = byPath(root);
        TestDescriptor close = tree.get("fixture/section:reference/api:Thing/api:Thing.close/assertion:close-twice");
        assertEquals("closing a thing twice does not raise", close.getDisplayName());
        assertEquals(ClasspathResourceSource.from("fixtures/engine/pep734/spec/fixture/assertions/close-twice.py",
                org.junit.platform.engine.support.descriptor.FilePosition.from(1, 1)), close.getSource().orElseThrow());
        assertEquals(Set.of("must", "assertion", "fixture", "fixture-feature"), names(close.getTags()));

        TestDescriptor untested = tree.get("fixture/section:reference/api:Thing/api:Thing.close/statement:close-is-idempotent");
        assertEquals("not verified by this TCK: Calling close twice is fine.", untested.getDisplayName());
        assertEquals(14, line(untested));

        TestDescriptor check = tree.get("fixture/section:reference/api:make/check:exists");
        assertEquals("make exists", check.getDisplayName());
        assertEquals(Set.of("must", "api", "fixture"), names(check.getTags()));
        assertEquals(17, line(check));

        TestDescriptor example = tree.get("fixture/section:reference/example:reference/1");
        assertEquals(Set.of("must", "example", "fixture"), names(example.getTags()));
        assertEquals("should", ((LeafDescriptor) tree.get("fixture/section:reference/api:Thing/assertion:thing-small"))
                .level());
    }

    @Test
    void spec_issues_become_discovery_issues_with_their_source_line() {
        SpecIssue issue = new SpecIssue(SpecIssue.Severity.WARNING, "unclosed literal block",
                SourceLocation.of(String.format(Fixtures.DOC, "fixture"), 42));
        EngineDiscoveryResults results = TckRun.kit("discovery",
                        Fixtures.profile("fixture", List.of(), List.of(), List.of(issue)))
                .selectors(selectClass(TckRun.FAKE_MARKER)).discover();
        DiscoveryIssue found = results.getDiscoveryIssues().get(0);
        assertEquals(DiscoveryIssue.Severity.WARNING, found.severity());
        assertEquals("unclosed literal block", found.message());
        assertEquals(42, ((ClasspathResourceSource) found.source().orElseThrow()).getPosition().orElseThrow().getLine());
    }

    @Test
    void a_spec_error_is_a_warning_and_a_failing_test_so_that_the_rest_still_runs() {
        SpecIssue issue = new SpecIssue(SpecIssue.Severity.ERROR, "quote not found in the text of api:make",
                SourceLocation.of(Fixtures.ASSERTIONS.formatted("fixture") + "make-bad-input.py", 3));
        var kit = TckRun.kit("discovery", Fixtures.profile("fixture", List.of(), List.of(), List.of(issue)))
                .selectors(selectClass(TckRun.FAKE_MARKER));
        assertEquals(DiscoveryIssue.Severity.WARNING, kit.discover().getDiscoveryIssues().get(0).severity());
        var results = kit.execute();
        results.testEvents().assertStatistics(s -> s.failed(1).succeeded(9));
        results.testEvents().assertThatEvents().haveExactly(1, org.junit.platform.testkit.engine.EventConditions.event(
                org.junit.platform.testkit.engine.EventConditions.displayName(
                        "spec problem in make-bad-input.py: quote not found in the text of api:make"),
                org.junit.platform.testkit.engine.EventConditions.finishedWithFailure(
                        org.junit.platform.testkit.engine.TestExecutionResultConditions.message(
                                "fixtures/engine/pep734/spec/fixture/assertions/make-bad-input.py:3: ERROR: "
                                        + "quote not found in the text of api:make"))));
    }

    @Test
    void the_marker_class_is_the_source_of_the_engine_and_profile_nodes_for_surefire() {
        TestDescriptor root = TckRun.kit("discovery", Fixtures.profile("fixture"))
                .selectors(selectClass(TckRun.FAKE_MARKER)).discover().getEngineDescriptor();
        var marker = org.junit.platform.engine.support.descriptor.ClassSource.from(TckRun.FAKE_MARKER);
        assertEquals(marker, root.getSource().orElseThrow());
        assertEquals(marker, byPath(root).get("fixture").getSource().orElseThrow());
    }

    @Test
    void a_malformed_timeout_fails_fast_naming_the_value() {
        List<DiscoveryIssue> issues = TckRun.kit("discovery", Fixtures.profile("fixture"))
                .configurationParameter(Constants.TIMEOUT, "forever")
                .selectors(selectClass(TckRun.FAKE_MARKER)).discover().getDiscoveryIssues();
        assertEquals(1, issues.size());
        assertEquals(DiscoveryIssue.Severity.ERROR, issues.get(0).severity());
        assertEquals("pep734.tck.timeout=forever is not a duration: give seconds (60, 2.5, 60s) or ISO-8601 (PT1M)",
                issues.get(0).message());
    }

    @Test
    void markers_naming_different_implementations_are_a_warning_and_the_first_wins() {
        EngineDiscoveryResults results = TckRun.kit("discovery", Fixtures.profile("fixture"))
                .selectors(selectClass(TckRun.FAKE_MARKER), selectClass(TckRun.marker("fake-chatty"))).discover();
        assertEquals("marker classes name different implementations [fake, fake-chatty]; one run tests one: fake"
                        + " (run the others separately, or set pep734.tck.implementation)",
                results.getDiscoveryIssues().get(0).message());
        assertEquals("fake", ((TckEngineDescriptor) results.getEngineDescriptor()).plan().implementationId());
    }

    @Test
    void classes_without_the_marker_select_nothing() {
        TestDescriptor root = TckRun.kit("discovery", Fixtures.profile("fixture"))
                .selectors(selectClass(DiscoveryTest.class)).discover().getEngineDescriptor();
        assertTrue(root.getChildren().isEmpty());
    }

    @Test
    void an_unknown_implementation_is_an_error_that_lists_the_known_ids() {
        EngineDiscoveryResults results = TckRun.kit("discovery", Fixtures.profile("fixture"))
                .configurationParameter(Constants.IMPLEMENTATION, "pypy-nope")
                .selectors(selectClass(TckRun.FAKE_MARKER)).discover();
        DiscoveryIssue issue = results.getDiscoveryIssues().get(0);
        assertEquals(DiscoveryIssue.Severity.ERROR, issue.severity());
        assertTrue(issue.message().startsWith("unknown implementation 'pypy-nope' (pep734.tck.implementation);"),
                issue.message());
        assertTrue(issue.message().contains("fake, fake-always-passes"), issue.message());
    }

    @Test
    void two_scripts_with_one_id_under_a_clause_are_reported_and_the_first_kept() {
        var duplicate = Fixtures.assertion("fixture", "close-twice", "api:Thing.close", "# fake: pass\n",
                dev.pep734.tck.spec.Level.MUST, dev.pep734.tck.spec.Expectation.PASS, "again", null);
        EngineDiscoveryResults results = TckRun.kit("discovery",
                        Fixtures.profile("fixture", List.of(duplicate), List.of(), List.of()))
                .selectors(selectClass(TckRun.FAKE_MARKER)).discover();
        assertEquals(1, results.getDiscoveryIssues().size());
        assertTrue(results.getDiscoveryIssues().get(0).message().startsWith("duplicate test id"));
        assertFalse(byPath(results.getEngineDescriptor()).values().stream()
                .anyMatch(d -> d.getDisplayName().equals("again")));
    }

    @Test
    void an_assertion_naming_an_unknown_clause_becomes_a_failing_leaf() {
        var orphan = Fixtures.assertion("fixture", "ghost-test", "api:Ghost", "# fake: pass\n",
                dev.pep734.tck.spec.Level.MUST, dev.pep734.tck.spec.Expectation.PASS, "ghost", null);
        TestDescriptor root = TckRun.kit("discovery", Fixtures.profile("fixture", List.of(orphan), List.of(), List.of()))
                .selectors(selectClass(TckRun.FAKE_MARKER)).discover().getEngineDescriptor();
        LeafDescriptor leaf = (LeafDescriptor) byPath(root).get("fixture/assertion:ghost-test");
        assertTrue(leaf.work() instanceof LeafWork.Broken broken && broken.message().contains("api:Ghost"));
    }

    static Set<String> names(Set<TestTag> tags) {
        return tags.stream().map(TestTag::getName).collect(Collectors.toSet());
    }

    static int line(TestDescriptor d) {
        return ((ClasspathResourceSource) d.getSource().orElseThrow()).getPosition().orElseThrow().getLine();
    }
}
