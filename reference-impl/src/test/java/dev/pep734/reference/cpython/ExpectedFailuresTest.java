package dev.pep734.reference.cpython;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The list of CPython tests that may fail, and what makes a run disagree with it. */
class ExpectedFailuresTest {

    private static final ExpectedFailures LIST = ExpectedFailures.parse(List.of(
            "# comment",
            "",
            "a.T.test_internal : internals : needs _testinternalcapi",
            "a.T.test_new : stdlib-3.14 : Executor.map(buffersize=) is 3.14",
            "a.T.test_freebsd : skipped-on-cpython : unconditional skip"), "list.txt");

    private static TestResult result(String id, Outcome outcome, String detail) {
        return new TestResult(id, outcome, 0.1, detail);
    }

    @Test
    void aRunThatMatchesTheListHasNoProblems() {
        assertEquals(List.of(), LIST.problems(List.of(
                result("a.T.test_internal", Outcome.SKIP, "JEP 454 is not included on this JDK"),
                result("a.T.test_new", Outcome.ERROR, "TypeError: unexpected keyword argument 'buffersize'"),
                result("a.T.test_freebsd", Outcome.SKIP, "Fails on FreeBSD"),
                result("a.T.test_ok", Outcome.PASS, ""))));
    }

    @Test
    void anUnlistedFailureATimeoutAndACrashAreProblems() {
        assertEquals(List.of("unexpected fail: a.T.test_x: AssertionError: 1 != 2",
                        "unexpected timeout: a.T.test_y: ran longer than 90 s",
                        "unexpected crash: a.T.test_z: status 137"),
                problems("a.T.test_x", Outcome.FAIL, "Traceback\nAssertionError: 1 != 2",
                        "a.T.test_y", Outcome.TIMEOUT, "ran longer than 90 s",
                        "a.T.test_z", Outcome.CRASH, "status 137"));
    }

    private static List<String> problems(Object... triples) {
        List<TestResult> results = new java.util.ArrayList<>();
        for (int i = 0; i < triples.length; i += 3) {
            results.add(result((String) triples[i], (Outcome) triples[i + 1], (String) triples[i + 2]));
        }
        results.add(result("a.T.test_internal", Outcome.SKIP, "_testinternalcapi"));
        results.add(result("a.T.test_new", Outcome.FAIL, "x"));
        results.add(result("a.T.test_freebsd", Outcome.SKIP, "x"));
        return LIST.problems(results);
    }

    @Test
    void staleEntriesFailTheRun() {
        List<String> problems = LIST.problems(List.of(
                result("a.T.test_internal", Outcome.PASS, ""),
                result("a.T.test_freebsd", Outcome.SKIP, "x")));
        assertEquals(List.of(
                "stale entry (line 3), the test passes now: remove it: a.T.test_internal",
                "stale entry (line 4), no such test in the run: a.T.test_new"), problems);
    }

    @Test
    void aTestListedForInternalsMustFailOnThemAndACPythonSkipMustBeASkip() {
        List<String> problems = LIST.problems(List.of(
                result("a.T.test_internal", Outcome.FAIL, "Traceback\nAttributeError: no run_string"),
                result("a.T.test_new", Outcome.FAIL, "x"),
                result("a.T.test_freebsd", Outcome.FAIL, "AssertionError")));
        assertEquals(List.of(
                "listed as needing CPython internals (line 3) but its fail names none of "
                        + ExpectedFailures.INTERNAL_NAMES + ": a.T.test_internal: AttributeError: no run_string",
                "listed as skipped (line 5) but it ended with fail: a.T.test_freebsd: AssertionError"), problems);
    }

    @Test
    void malformedLinesAndUnknownCausesNameTheirLine() {
        assertEquals("f.txt:1: expected '<test id> : <cause> : <why>', got: a.T.test_x : internals",
                assertThrows(IllegalArgumentException.class,
                        () -> ExpectedFailures.parse(List.of("a.T.test_x : internals"), "f.txt")).getMessage());
        assertEquals("f.txt:2: unknown cause 'flaky': expected one of [internals, stdlib-3.14, skipped-on-cpython, graalpy-limit]",
                assertThrows(IllegalArgumentException.class, () -> ExpectedFailures.parse(
                        List.of("# x", "a.T.test_x : flaky : it flakes"), "f.txt")).getMessage());
        assertEquals("f.txt:2: listed twice: a.T.test_x", assertThrows(IllegalArgumentException.class,
                () -> ExpectedFailures.parse(List.of("a.T.test_x : internals : a", "a.T.test_x : internals : b"),
                        "f.txt")).getMessage());
    }
}
