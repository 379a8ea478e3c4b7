package dev.pep734.tck.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.tck.spec.Clause;
import dev.pep734.tck.spec.Profile;
import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.RunResult;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Examples run as written (on CPython 3.14.3), or as their erratum says. */
class ExampleTestsTest {

    /** The document's "Basic usage" example, as the spec reader returns it (dedented). */
    static final String BASIC_USAGE = """
            from concurrent import interpreters

            interp = interpreters.create()

            # Run in the current OS thread.

            interp.exec('print("spam!")')

            interp.exec(\"""if True:
                print('spam!')
                \""")

            from textwrap import dedent
            interp.exec(dedent(\"""
                print('spam!')
                \"""))

            def run():
                print('spam!')

            interp.call(run)

            # Run in new OS thread.

            t = interp.call_in_thread(run)
            t.join()
            """;

    @Test
    void theBasicUsageExampleRunsAsWrittenOnCPython() throws Exception {
        Clause example = Doc314.example("basic-usage", 1, "Basic usage, example 1", BASIC_USAGE, Optional.empty());
        DerivedTest test = TestDeriver.forExample(Doc314.PROFILE, example, List.of()).get(0);
        assertEquals("Basic usage, example 1 runs", test.displayName());
        assertEquals("example", test.segmentType());
        assertEquals("basic-usage/1", test.segmentValue());
        assertTrue(test.pythonSource().endsWith(BASIC_USAGE));
        assertEquals(Optional.empty(), test.expectedStdout());
        RunResult r = CPythonRunner.run(test);
        assertEquals(Outcome.PASSED, r.outcome(), r::stderr);
        assertEquals("spam!\n".repeat(5), r.stdout());
    }

    @Test
    void aBrokenExampleFailsTheRun() throws Exception {
        Clause example = Doc314.example("basic-usage", 2, "Basic usage, example 2",
                "from concurrent import interpreters\ninterpreters.create().exec('    x = 1')\n", Optional.empty());
        RunResult r = CPythonRunner.run(TestDeriver.forExample(Doc314.PROFILE, example, List.of()).get(0));
        assertEquals(Outcome.ERROR, r.outcome());
        assertEquals("IndentationError", r.error().orElseThrow().typeName());
    }

    @Test
    void shownOutputBecomesTheExpectedStdoutAndAnErratumCanReplaceIt() {
        Clause example = Doc314.example("sharing", 1, "Sharing objects, example 1", "print(1)\n", Optional.of("1\n"));
        assertEquals(Optional.of("1\n"), TestDeriver.forExample(Doc314.PROFILE, example, List.of()).get(0)
                .expectedStdout());
        DerivedTest fixed = TestDeriver.forExample(Doc314.PROFILE, example, List.of(Doc314.erratum("out",
                "example:sharing/1", Map.of("output", "2\n")))).get(0);
        assertEquals(Optional.of("2\n"), fixed.expectedStdout());
        assertEquals(Optional.of("out"), fixed.erratumId());
    }

    @Test
    void aReplacementFileRunsInsteadOfTheDocumentsCode() throws Exception {
        Profile profile = new Profile("p", "p", List.of(), "fixture/profile");
        CPythonRunner.write("classpath/fixture/profile/examples/fixed.py", "print('fixed')\n");
        Clause example = Doc314.example("basic-usage", 1, "Basic usage, example 1", "print('broken'\n",
                Optional.empty());
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Path root = CPythonRunner.WORK.resolve("classpath");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            DerivedTest test = TestDeriver.forExample(profile, example, List.of(Doc314.erratum("fix",
                    "example:basic-usage/1", Map.of("replacement", "fixed.py")))).get(0);
            assertTrue(test.pythonSource().endsWith("print('fixed')\n"));
            assertEquals("fixed\n", CPythonRunner.run(test).stdout());
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> TestDeriver.forExample(
                    profile, example, List.of(Doc314.erratum("gone", "example:basic-usage/1",
                            Map.of("replacement", "missing.py")))));
            assertTrue(e.getMessage().contains("fixture/profile/examples/missing.py, which is not on the class path"));
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    void aNotTestableExampleGetsNoTest() {
        Clause example = Doc314.example("basic-usage", 1, "Basic usage, example 1", "pass\n", Optional.empty());
        assertEquals(List.of(), TestDeriver.forExample(Doc314.PROFILE, example, List.of(Doc314.erratum("nt",
                "example:basic-usage/1", Map.of("action", "not-testable")))));
    }
}
