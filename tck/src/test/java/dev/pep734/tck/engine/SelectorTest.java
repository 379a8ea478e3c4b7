package dev.pep734.tck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUri;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;

/** What IDEs and the console launcher send: unique ids, files, class-path resources, URIs with lines. */
class SelectorTest {

    private static final String DOC = String.format(Fixtures.DOC, "fixture");

    private static EngineDiscoveryResults discover(DiscoverySelector... selectors) {
        return TckRun.kit("selectors", Fixtures.profile("fixture"), Fixtures.profile("other"))
                .configurationParameter(Constants.IMPLEMENTATION, "fake").selectors(selectors).discover();
    }

    private static Set<String> leaves(EngineDiscoveryResults results) {
        Set<String> paths = new TreeSet<>();
        results.getEngineDescriptor().getDescendants().stream().filter(TestDescriptor::isTest)
                .forEach(d -> paths.add(TestPaths.shortPath(d.getUniqueId())));
        return paths;
    }

    @Test
    void a_unique_id_prefix_selects_its_subtree() {
        Set<String> selected = leaves(discover(selectUniqueId(TckRun.REFERENCE.append("api", "Thing")
                .append("api", "Thing.close"))));
        assertEquals(Set.of("fixture/section:reference/api:Thing/api:Thing.close/check:exists",
                "fixture/section:reference/api:Thing/api:Thing.close/assertion:close-twice",
                "fixture/section:reference/api:Thing/api:Thing.close/statement:close-is-idempotent"), selected);
    }

    @Test
    void a_unique_id_naming_nothing_is_a_warning() {
        EngineDiscoveryResults results = discover(selectUniqueId(TckRun.FIXTURE.append("section", "nope")));
        assertTrue(results.getEngineDescriptor().getChildren().isEmpty());
        DiscoveryIssue issue = results.getDiscoveryIssues().get(0);
        assertEquals(DiscoveryIssue.Severity.WARNING, issue.severity());
        assertEquals("no test of the PEP 734 TCK has the unique id "
                + "[engine:pep734-tck]/[profile:fixture]/[section:nope]", issue.message());
    }

    @Test
    void the_engine_id_selects_everything() {
        assertEquals(24, leaves(discover(selectUniqueId(TckRun.ENGINE))).size());
    }

    @Test
    void a_document_without_a_line_selects_its_profile() {
        Set<String> selected = leaves(discover(selectClasspathResource(DOC)));
        assertEquals(12, selected.size());
        assertTrue(selected.stream().allMatch(p -> p.startsWith("fixture/")), selected::toString);
    }

    @Test
    void a_line_selects_the_clause_at_that_line() {
        // Line 13 lies inside Thing.close (line 12): its checks, assertion and statements.
        Set<String> selected = leaves(discover(selectClasspathResource(DOC, FilePosition.from(13))));
        assertEquals(3, selected.size());
        assertTrue(selected.stream().allMatch(p -> p.contains("api:Thing.close/")), selected::toString);
        // Line 17 starts make(): the clause, not just one of its leaves at the same line.
        assertEquals(Set.of("fixture/section:reference/api:make/check:exists",
                        "fixture/section:reference/api:make/assertion:make-bad-input"),
                leaves(discover(selectClasspathResource(DOC, FilePosition.from(17)))));
    }

    @Test
    void an_assertion_script_file_selects_its_test() {
        Set<String> selected = leaves(discover(selectFile(
                "/work/spec/src/main/resources/fixtures/engine/pep734/spec/fixture/assertions/close-twice.py")));
        assertEquals(Set.of("fixture/section:reference/api:Thing/api:Thing.close/assertion:close-twice"), selected);
    }

    @Test
    void a_file_uri_with_a_line_selects_like_an_ide_does() {
        Set<String> selected = leaves(discover(selectUri("file:///checkout/spec/src/main/resources/" + DOC
                + "?line=21")));
        assertEquals(Set.of("fixture/section:reference/example:reference/1"), selected);
        assertEquals(selected, leaves(discover(selectUri("classpath:/" + DOC + "?line=21"))));
    }

    @Test
    void an_unknown_spec_resource_is_a_warning_and_other_resources_are_ignored() {
        EngineDiscoveryResults results = discover(selectClasspathResource("pep734/spec/nope/document.rst"));
        assertEquals("no test of the PEP 734 TCK comes from class-path resource pep734/spec/nope/document.rst",
                results.getDiscoveryIssues().get(0).message());
        EngineDiscoveryResults other = discover(selectClasspathResource("logback.xml"), selectFile("/tmp/x.java"));
        assertTrue(other.getDiscoveryIssues().isEmpty());
        assertTrue(other.getEngineDescriptor().getChildren().isEmpty());
    }
}
