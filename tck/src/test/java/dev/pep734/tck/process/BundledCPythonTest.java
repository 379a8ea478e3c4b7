package dev.pep734.tck.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Unpacking CPython from its jar: concurrent runs share one complete tree; a stale tree is replaced. */
class BundledCPythonTest {

    @Test
    void twoConcurrentUnpacksLeaveOneCompleteTreeAndAStaleOneIsReplaced() throws Exception {
        Path jar = BundledCPython.findJar(getClass().getClassLoader(), Optional.empty(), List.of()).orElseThrow();
        Path work = GroundTruth.WORK.resolve("unpack-" + System.nanoTime());
        Callable<Path> unpack = () -> BundledCPython.unpack(jar, work);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Path>> both = pool.invokeAll(List.of(unpack, unpack));
            Path python = both.get(0).get();
            assertEquals(python, both.get(1).get());
            assertTrue(Files.isExecutable(python));
            try (Stream<Path> left = Files.list(work)) {
                assertEquals(List.of(python.getParent().getParent()), left.toList(), "temporary trees left behind");
            }
            Path marker = python.getParent().getParent().resolve(".pep734-unpacked");
            Files.writeString(marker, "0 0\n");
            assertEquals(python, BundledCPython.unpack(jar, work));
            assertNotEquals("0 0\n", Files.readString(marker));
            assertTrue(Files.isRegularFile(python.getParent().getParent().resolve("lib/python3.14/os.py")));
        } finally {
            pool.shutdownNow();
            try (Stream<Path> all = Files.walk(work)) { // 90 MB per tree: do not keep it
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void anOlderReleaseIsFoundInAGivenDirectoryByItsMavenFileNameAndAMissingOneIsEmpty() throws Exception {
        Path dir = Files.createDirectories(GroundTruth.WORK.resolve("jars-" + System.nanoTime()));
        Path jar = Files.createFile(dir.resolve("cpython-3.12.1-1.5.10-linux-x86_64.jar"));
        ClassLoader loader = getClass().getClassLoader();
        assertEquals(Optional.of(jar), BundledCPython.findJar(loader, Optional.of("3.12.1-1.5.10"), List.of(dir)));
        assertEquals(Optional.empty(), BundledCPython.findJar(loader, Optional.of("0.0.0-0"), List.of(dir)));
        assertTrue(BundledCPython.findJar(loader, Optional.of("3.14.3-1.5.13"), List.of()).isPresent(),
                "the default build from the class path");
    }
}
