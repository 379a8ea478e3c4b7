package dev.pep734.reference.cpython;

import java.util.Locale;

/** How one CPython test ended on the implementation under test. */
enum Outcome {
    /** Passed (also a test CPython marks {@code @expectedFailure} that failed as it says). */
    PASS,
    /** An assertion of the test failed (or one of its subtests). */
    FAIL,
    /** The test raised something other than an assertion failure, or a fixture it needs failed. */
    ERROR,
    /** unittest skipped it (the reason is the detail). */
    SKIP,
    /** It ran longer than the per-test timeout: the process was killed and the run resumed after it. */
    TIMEOUT,
    /** The process ended while the test ran. */
    CRASH;

    /** The word the runner ({@code run_suite.py}) writes for this outcome. */
    static Outcome parse(String word) {
        try {
            return valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown test outcome '" + word + "'", e);
        }
    }

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
