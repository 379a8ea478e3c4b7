package dev.pep734.reference.cpython;

/**
 * One test's end.
 *
 * @param id unittest's id ({@code test.test_interpreters.test_api.CreateTests.test_in_main})
 * @param seconds how long it ran
 * @param detail the traceback of a failure, the reason of a skip, or why the run lost the test
 */
record TestResult(String id, Outcome outcome, double seconds, String detail) {

    /** The last non-blank line of the detail: the exception of a traceback, the reason of a skip. */
    String summary() {
        String[] lines = detail.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1].strip();
    }
}
