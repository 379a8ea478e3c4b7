package dev.pep734.tck.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.tck.spi.ImplementationContext;
import dev.pep734.tck.spi.ImplementationException;
import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.PythonImplementation;
import dev.pep734.tck.spi.RunResult;
import dev.pep734.tck.spi.ScriptRun;
import dev.pep734.tck.spi.Session;
import dev.pep734.tck.spi.StartedImplementation;
import java.time.Duration;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every mutant really misbehaves: its detector passes on CPython 3.14.3 and does not pass on the mutant. */
class MutantImplementationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** Code no mutant touches: a mutant must break one behaviour, not the module. */
    private static final String ORDINARY = """
            from concurrent import interpreters
            interp = interpreters.create()
            interp.exec('print("spam!")')
            """;

    @ParameterizedTest
    @EnumSource(Mutant.class)
    void theMutantMisbehavesWhereCPythonDoesNot(Mutant mutant) throws Exception {
        RunResult truth = GroundTruth.run(mutant.detector(), TIMEOUT);
        assertEquals(Outcome.PASSED, truth.outcome(), () -> "the detector fails on CPython itself:\n" + truth.stderr());
        try (StartedImplementation started = start(mutant.id()); Session session = started.openSession()) {
            assertTrue(started.info().name().contains("mutant " + mutant.id()), started.info().name());
            assertTrue(started.info().claims("concurrent.interpreters-3.14"));
            RunResult ordinary = session.run(ScriptRun.of(GroundTruth.script(ORDINARY), TIMEOUT));
            assertEquals(Outcome.PASSED, ordinary.outcome(), () -> "the mutant breaks more than it should:\n"
                    + ordinary.stderr());
            assertEquals("spam!\n", ordinary.stdout());
            RunResult broken = session.run(ScriptRun.of(GroundTruth.script(mutant.detector()), TIMEOUT));
            assertNotEquals(Outcome.PASSED, broken.outcome(), () -> mutant.id() + " behaves correctly");
            assertTrue(broken.outcome() == Outcome.FAILED || broken.outcome() == Outcome.ERROR,
                    () -> broken.outcome() + "\n" + broken.stderr());
        }
    }

    @Test
    void theMutantIsChosenByNameAndUnknownNamesAreRefused() {
        assertTrue(ServiceLoader.load(PythonImplementation.class).stream()
                .anyMatch(p -> p.type() == MutantImplementation.class));
        ImplementationException e = assertThrows(ImplementationException.class, () -> start("no-such-mutant"));
        assertTrue(e.getMessage().contains("queue-lifo"), e.getMessage());
        e = assertThrows(ImplementationException.class, () -> new MutantImplementation()
                .start(new ImplementationContext(Map.of(), GroundTruth.WORK)));
        assertTrue(e.getMessage().startsWith("set pep734.tck.mutant to one of:"), e.getMessage());
    }

    private static StartedImplementation start(String name) throws ImplementationException {
        return new MutantImplementation().start(new ImplementationContext(
                Map.of(MutantImplementation.MUTANT_KEY, name), GroundTruth.WORK));
    }
}
