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
}
