package dev.pep734.tck.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.tck.spi.ImplementationContext;
import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.PythonError;
import dev.pep734.tck.spi.RunResult;
import dev.pep734.tck.spi.ScriptRun;
import dev.pep734.tck.spi.Session;
import dev.pep734.tck.spi.StartedImplementation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The spec's harness/raising.py (must_raise, "this must raise X, not Y") on the oldest Python a profile runs on
 * (CPython 3.12.1) and on CPython 3.14.3: its self-test passes, and a script that uses it fails, as the TCK sees
 * it, when the wrong exception or none is raised.
 */
class RaisingHarnessTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String OLDEST = "3.12.1-1.5.10";

    @Test
    void selfTestPassesOnCPython314() throws Exception {
        assertSelfTestPasses(run(GroundTruth.cpython(), harness() + selfTest()));
    }

    @Test
    void selfTestPassesOnCPython312() throws Exception {
        ImplementationContext oldest = new ImplementationContext(Map.of(ProcessImplementation.BUNDLED_KEY, OLDEST,
                ProcessImplementation.JARS_KEY, System.getProperty(ProcessImplementation.JARS_KEY,
                        "target/cpython-releases")), GroundTruth.WORK);
        try (StartedImplementation started = new ProcessImplementation().start(oldest)) {
            assertTrue(started.info().version().startsWith("3.12.1"), started.info().version());
            assertSelfTestPasses(run(started, harness() + selfTest()));
        }
    }

    @Test
    void aWrongTypeFailsTheScriptNamingBothTypes() throws Exception {
        RunResult result = GroundTruth.run(harness() + """
                with must_raise(KeyError, "{}['x']"):
                    raise ValueError("a vendor's wrong type")
                """, TIMEOUT);
        assertFailedWith("{}['x'] raised ValueError: a vendor's wrong type; expected KeyError", result);
    }

    @Test
    void noExceptionFailsTheScriptNamingTheOperation() throws Exception {
        RunResult result = GroundTruth.run(harness() + """
                with must_raise(KeyError, "{}['x']") as raised:
                    raised.returned = 42
                """, TIMEOUT);
        assertFailedWith("{}['x'] returned 42; expected KeyError", result);
    }

    private static void assertSelfTestPasses(RunResult result) {
        assertEquals(Outcome.PASSED, result.outcome(), result::stderr);
        assertTrue(result.stdout().endsWith("ok bad_arguments_are_refused\n"), result.stdout());
    }

    private static void assertFailedWith(String message, RunResult result) {
        assertEquals(Outcome.FAILED, result.outcome(), result::stderr);
        PythonError error = result.error().orElseThrow();
        assertEquals("AssertionError", error.typeName(), result::stderr);
        assertEquals(message, error.message());
    }

    private static RunResult run(StartedImplementation started, String program) throws Exception {
        try (Session session = started.openSession()) {
            return session.run(ScriptRun.of(GroundTruth.script(program), TIMEOUT));
        }
    }

    private static String harness() throws IOException {
        return resource("pep734/spec/harness/raising.py");
    }

    private static String selfTest() throws IOException {
        return resource("dev/pep734/tck/process/harness/raising_selftest.py");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RaisingHarnessTest.class.getClassLoader().getResourceAsStream(name)) {
            assertTrue(in != null, name + " is not on the test class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
