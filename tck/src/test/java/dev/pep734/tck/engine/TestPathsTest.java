package dev.pep734.tck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.UniqueId;

class TestPathsTest {

    private final UniqueId id = TckRun.ENGINE.append("profile", "concurrent.interpreters-3.14")
            .append("section", "basic-usage").append("example", "basic-usage/1");

    @Test
    void the_short_path_is_the_profile_then_type_value_segments() {
        assertEquals("concurrent.interpreters-3.14/section:basic-usage/example:basic-usage/1", TestPaths.shortPath(id));
    }

    @Test
    void the_stable_id_starts_at_the_innermost_clause() {
        UniqueId close = TckRun.ENGINE.append("profile", "p").append("section", "top").append("section", "reference")
                .append("api", "Interpreter").append("api", "Interpreter.close").append("assertion", "x");
        assertEquals("p/api:Interpreter.close/assertion:x", TestPaths.stableId(close));
        assertEquals("concurrent.interpreters-3.14/section:basic-usage/example:basic-usage/1", TestPaths.stableId(id));
        assertEquals("p/section:reference", TestPaths.stableId(TckRun.ENGINE.append("profile", "p")
                .append("section", "top").append("section", "reference")));
        assertEquals("p", TestPaths.stableId(TckRun.ENGINE.append("profile", "p")));
    }

    @Test
    void script_files_get_one_directory_per_segment_and_safe_names() {
        assertEquals(Path.of("/w/concurrent.interpreters-3.14/section-basic-usage/example-basic-usage_1.py"),
                TestPaths.scriptFile(Path.of("/w"), id));
    }

    @Test
    void inside_a_junit_suite_a_test_keeps_its_names_files_and_shard() {
        UniqueId suite = UniqueId.forEngine("junit-platform-suite").append("suite", "com.example.VendorTest");
        UniqueId nestedEngine = suite.append(TckRun.ENGINE.getLastSegment());
        UniqueId nested = nestedEngine.append("profile", "concurrent.interpreters-3.14")
                .append("section", "basic-usage").append("example", "basic-usage/1");
        assertEquals(TestPaths.shortPath(id), TestPaths.shortPath(nested));
        assertEquals(TestPaths.stableId(id), TestPaths.stableId(nested));
        assertEquals(TestPaths.scriptFile(Path.of("/w"), id), TestPaths.scriptFile(Path.of("/w"), nested));
        assertEquals(id.toString(), TestPaths.rootedId(nested));
        assertEquals(id.toString(), TestPaths.rootedId(id));
        // A suite's @Select("uid:[engine:pep734-tck]/...") is rebased onto the nested engine; other engines' are not ours.
        assertEquals(java.util.Optional.of(nested), TestPaths.underEngine(id, nestedEngine));
        assertEquals(java.util.Optional.of(nestedEngine), TestPaths.underEngine(TckRun.ENGINE, nestedEngine));
        assertEquals(java.util.Optional.of(id), TestPaths.underEngine(id, TckRun.ENGINE));
        assertEquals(java.util.Optional.empty(), TestPaths.underEngine(UniqueId.forEngine("junit-jupiter"), nestedEngine));
    }
}
