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
    void script_files_get_one_directory_per_segment_and_safe_names() {
        assertEquals(Path.of("/w/concurrent.interpreters-3.14/section-basic-usage/example-basic-usage_1.py"),
                TestPaths.scriptFile(Path.of("/w"), id));
    }
}
