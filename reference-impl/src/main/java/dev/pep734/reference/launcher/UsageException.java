package dev.pep734.reference.launcher;

/**
 * A command line the launcher refuses. The message is the first line Python prints for it; the launcher adds
 * the usage lines and exits with status 2, as CPython does.
 */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    private UsageException(String message) {
        super(message);
    }

    static UsageException unknown(String option) {
        return new UsageException("Unknown option: " + option);
    }

    static UsageException argumentExpected(char option) {
        return new UsageException("Argument expected for the -" + option + " option");
    }

    /** An option CPython has but this launcher does not implement; saying so beats ignoring it. */
    static UsageException unsupported(String option) {
        return new UsageException("Option " + option + " is not supported by the GraalPy reference implementation"
                + " of PEP 734");
    }
}
