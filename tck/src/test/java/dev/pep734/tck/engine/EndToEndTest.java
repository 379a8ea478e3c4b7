package dev.pep734.tck.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.pep734.tck.process.GroundTruth;
import dev.pep734.tck.spi.ImplementationException;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The whole chain as a user gets it: the engine found by ServiceLoader, the real reader and deriver over a
 * tiny fixture profile on the class path ({@link Constants#SPEC_ROOT}), run against real CPython 3.14.3
 * through the process adapter. The fixture also documents a function that does not exist, which must fail.
 */
class EndToEndTest {

    private static String bundledPython() {
        try {
            return GroundTruth.python().toString();
        } catch (ImplementationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_tiny_profile_runs_on_cpython_and_the_missing_function_is_caught() throws IOException {
        EngineExecutionResults results = org.junit.platform.testkit.engine.EngineTestKit.engine(Constants.ENGINE_ID)
                .enableImplicitConfigurationParameters(false)
                .configurationParameter(Constants.SPEC_ROOT, "fixtures/engine/pep734/spec")
                .configurationParameter(Constants.IMPLEMENTATION, "cpython")
                .configurationParameter(Constants.PROFILES, "tiny")
                // Hermetic: the kit's self-test runs the bundled CPython even when the user points the
                // TCK run of this JVM at another Python with -Dpep734.tck.python.
                .configurationParameter(Constants.PYTHON, bundledPython())
                .configurationParameter(Constants.WORKDIR, TckRun.workDir("end-to-end").toString())
                .selectors(selectUniqueId(TckRun.ENGINE)).execute();

        results.testEvents().assertThatEvents()
                .haveExactly(1, event(displayName("list_all() includes the main interpreter"), finishedSuccessfully()))
                .haveExactly(1, event(displayName("list_all() accepts ()"), finishedSuccessfully()))
                .haveExactly(1, event(displayName("Usage, example 1 runs"), finishedSuccessfully()))
                .haveExactly(1, event(displayName("make_coffee() exists"), finishedWithFailure(message(m ->
                        m.contains("make_coffee") && m.contains("reproduce with: python ")))))
                .haveExactly(1, event(displayName("not verified by this TCK: make_coffee() check:signature"),
                        abortedWithReason(message(m -> m.contains("erratum coffee-is-not-testable")))));
        results.testEvents().assertThatEvents().haveExactly(1, event(
                displayName("list_all() no longer lists an interpreter after close()"), finishedSuccessfully()));
        String summary = Files.readString(TckRun.workDir("end-to-end").resolve("cpython/summary.txt"));
        assertTrue(summary.contains("implementation: cpython = CPython 3.14.3"), summary);
    }

    @Test
    void a_cpython_whose_close_does_nothing_fails_the_assertion_with_the_quoted_sentence() {
        EngineExecutionResults results = org.junit.platform.testkit.engine.EngineTestKit.engine(Constants.ENGINE_ID)
                .enableImplicitConfigurationParameters(false)
                .configurationParameter(Constants.SPEC_ROOT, "fixtures/engine/pep734/spec")
                .configurationParameter(Constants.IMPLEMENTATION, "cpython-mutant")
                .configurationParameter("pep734.tck.mutant", "close-does-nothing")
                .configurationParameter(Constants.PROFILES, "tiny")
                // Hermetic: the kit's self-test runs the bundled CPython even when the user points the
                // TCK run of this JVM at another Python with -Dpep734.tck.python.
                .configurationParameter(Constants.PYTHON, bundledPython())
                .configurationParameter(Constants.WORKDIR, TckRun.workDir("end-to-end-mutant").toString())
                .selectors(selectUniqueId(TckRun.ENGINE.append("profile", "tiny"))).execute();
        results.testEvents().assertThatEvents()
                .haveExactly(1, event(displayName("list_all() includes the main interpreter"), finishedSuccessfully()))
                .haveExactly(1, event(displayName("list_all() no longer lists an interpreter after close()"),
                        finishedWithFailure(message(m -> m.startsWith("list_all() no longer lists an interpreter "
                                + "after close(): it raised AssertionError: closed interpreter ")
                                && m.contains("the spec says: \"Return a list of Interpreter objects, one for each "
                                + "existing interpreter.\"")
                                && m.contains("closed-not-listed.py")))));
    }
}
