package dev.pep734.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The categories against messages as the engine writes them. */
class CategoriesTest {

    private static final String TAIL = "\nclause: api:Interpreter.close (pep734/spec/p/document.rst:97)\n"
            + "the spec says: \"Finalize and destroy the interpreter.\"\n"
            + "reproduce with: python /work/target/pep734-tck/cpython/scripts/p/x.py";

    @Test
    void assertionFailureIsAJudgedRunThatRaisedOrPrintedWrong() {
        assertEquals(Optional.of("Assertion failure"), Categories.classify("failed",
                "close twice: it raised AssertionError: still listed\ntraceback:\n    Traceback ...\n" + TAIL));
        assertEquals(Optional.of("Assertion failure"), Categories.classify("failed",
                "Basic usage, example 1: the output differs from the document's (- document, + actual):\n- 1\n+ 2\n"
                        + TAIL));
    }

    @Test
    void timeoutsAndCrashesComeBeforeAssertionFailures() {
        assertEquals(Optional.of("Timeout"), Categories.classify("failed", "x: it timed out after 60 s" + TAIL));
        assertEquals(Optional.of("Timeout"), Categories.classify("failed",
                "x: expected the script to raise RuntimeError, but it timed out after 2.5 s" + TAIL));
        assertEquals(Optional.of("Crash"), Categories.classify("failed",
                "x: the implementation crashed (exit status 139)" + TAIL));
        assertEquals(Optional.of("Crash"), Categories.classify("failed",
                "could not open a session of cpython (CPython 3.14.3): no python"));
        assertEquals(Optional.of("Crash"), Categories.classify("failed",
                "implementation 'reference' could not start: missing launcher"));
    }

    @Test
    void skipsAreSortedByWhy() {
        assertEquals(Optional.of("Not claimed by the implementation"), Categories.classify("skipped",
                "profile howto not claimed by cpython (CPython 3.14.3)"));
        assertEquals(Optional.of("Expected failure (vendor exclusion)"), Categories.classify("skipped",
                "expected failure: known bug 12"));
        assertEquals(Optional.of("Not verified by this TCK"), Categories.classify("skipped",
                "not verified by this TCK: Interpreters are isolated from each other."));
        assertEquals(Optional.of("Spec erratum"), Categories.classify("skipped",
                "not verified by this TCK: erratum howto-7: the example needs a network"));
    }

    @Test
    void faultsOfTheKitAreTheirOwnCategory() {
        assertEquals(Optional.of("Spec erratum"), Categories.classify("failed",
                "stale erratum e1 (pep734/spec/p/errata.txt:3): its target api:X matches no clause or test"
                        + " of profile p; fix the target or remove the erratum"));
        assertEquals(Optional.of("Kit or configuration fault"), Categories.classify("failed",
                "unexpectedly passed: remove it from the expectations (vendor.txt:2: p/check:exists)"));
        assertEquals(Optional.of("Kit or configuration fault"), Categories.classify("failed",
                "vendor.txt:4: no test has the path p/x; paths look like <profile>/<type:value>/.../<type:value>"));
        assertEquals(Optional.empty(), Categories.classify("passed", "anything"));
    }

    @Test
    void jsonEscapesTheRegexes() {
        String json = Categories.json();
        assertTrue(json.startsWith("[\n  {\"name\": \"Spec erratum\", \"matchedStatuses\": [\"failed\", \"broken\","));
        assertTrue(json.contains("\"messageRegex\": \"(?s).*\\\\berratum [^\\\\s:]+.*\""), json);
        assertTrue(json.endsWith("}\n]\n"));
    }
}
