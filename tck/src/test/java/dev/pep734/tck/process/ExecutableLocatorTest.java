package dev.pep734.tck.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Paths as people write them: from the project root, or a name on the PATH. */
class ExecutableLocatorTest {

    @Test
    void aPathWrittenFromTheProjectRootIsFoundFromAModuleDirectory() throws Exception {
        Path root = Files.createDirectories(GroundTruth.WORK.resolve("locator-" + System.nanoTime()));
        Path python = Files.createDirectories(root.resolve("impl/target/bin")).resolve("python3");
        Files.writeString(python, "#!/bin/sh\n");
        python.toFile().setExecutable(true);
        Path module = Files.createDirectories(root.resolve("tck"));
        assertEquals(Optional.of(python), ExecutableLocator.find("impl/target/bin/python3", module, null));
        assertEquals(Optional.of(python), ExecutableLocator.find("python3", module, "/nonexistent:"
                + python.getParent()));
        assertEquals(Optional.empty(), ExecutableLocator.find("impl/target/bin/python3", Path.of("/"), null));
    }

    @Test
    void anAbsolutePathIsTheOnlyCandidate() {
        assertEquals(List.of(Path.of("/opt/py/bin/python3")),
                ExecutableLocator.candidates("/opt/py/bin/python3", Path.of("/work"), "/usr/bin"));
        assertEquals(List.of(Path.of("/work/a/py"), Path.of("/work/py"), Path.of("/py"), Path.of("/usr/bin/py")),
                ExecutableLocator.candidates("py", Path.of("/work/a"), "/usr/bin"));
    }
}
