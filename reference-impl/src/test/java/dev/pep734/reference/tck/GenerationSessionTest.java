package dev.pep734.reference.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pep734.reference.runtime.ApiGeneration;
import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.RunResult;
import dev.pep734.tck.spi.ScriptRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A script runs in the API generation of the profile it tests: the same script passes in one, fails in another. */
class GenerationSessionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    private final ReferenceSession session = new ReferenceSession(CappedOutput.DEFAULT_LIMIT);

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void profilesChooseTheGeneration() {
        assertEquals(ApiGeneration.LOWLEVEL, RuntimeRunner.generation("_interpreters-lowlevel"));
        assertEquals(ApiGeneration.DRAFT, RuntimeRunner.generation("howto"));
        assertEquals(ApiGeneration.PEP734, RuntimeRunner.generation(""));
        assertEquals(ApiGeneration.PEP734, RuntimeRunner.generation("a-profile-nobody-knows"));
    }

    @Test
    void theLowLevelModuleOnlyInItsProfile() throws IOException {
        ScriptRun run = ScriptRun.of(Files.writeString(dir.resolve("lowlevel.py"), """
                import _interpreters
                assert hasattr(_interpreters, 'run_string_unrestricted'), sorted(dir(_interpreters))
                """), TIMEOUT);
        RunResult asLowLevel = session.run(run.forProfile("_interpreters-lowlevel"));
        assertEquals(Outcome.PASSED, asLowLevel.outcome(), asLowLevel.stderr());
        RunResult as314 = session.run(run.forProfile("concurrent.interpreters-3.14"));
        assertEquals(Outcome.FAILED, as314.outcome(), as314.stderr());
    }
}
