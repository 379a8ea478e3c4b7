package dev.pep734.tck.spi;

/** How a script run ended. */
public enum Outcome {
    /** The script ran to the end (exit status 0, or {@code SystemExit} with 0 or None). */
    PASSED,
    /** An uncaught {@code AssertionError}: the script checked something and it did not hold. */
    FAILED,
    /** Any other uncaught exception, or a non-zero exit status. */
    ERROR,
    /** The script did not finish within its timeout and was stopped. */
    TIMED_OUT,
    /** The runtime itself died or broke (killed by a signal, internal error): not a Python-level outcome. */
    CRASHED
}
