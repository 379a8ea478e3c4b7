package dev.pep734.reference.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BytecodeCacheTest {

    @Test
    void mirrorTreeLivesUnderTheResourceCache() {
        assertEquals(Optional.of(Path.of("/tmp/cache/pycache")), BytecodeCache.directory("/tmp/cache"));
    }

    @Test
    void noResourceCacheMeansNoBytecodeFiles() {
        assertEquals(Optional.empty(), BytecodeCache.directory(null));
        assertEquals(Optional.empty(), BytecodeCache.directory("  "));
    }

    @Test
    void stdlibModulesAreCachedInTheMirrorTreeNotBesideTheirSource() {
        // The build runs its tests with a resource cache (pep734.graal.flags), so the cache is on here.
        Path root = BytecodeCache.directory(System.getProperty(BytecodeCache.RESOURCE_CACHE_PROPERTY)).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PythonRuntime python = PythonRuntime.builder().stdout(out).build()) {
            python.runCode("""
                    import sys, queue, importlib.util
                    print(sys.pycache_prefix, sys.dont_write_bytecode,
                          importlib.util.cache_from_source(queue.__file__).startswith(sys.pycache_prefix + '/'))
                    """, List.of());
        }
        assertEquals(root + " False True\n", out.toString(StandardCharsets.UTF_8));
    }
}
