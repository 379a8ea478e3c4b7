package dev.pep734.tck.spec;

import java.util.Optional;

/**
 * What an assertion script's run must end with: normally, or with a named uncaught exception
 * (a negative test, like Test262's {@code negative:}).
 */
public record Expectation(Optional<String> raises) {

    public static final Expectation PASS = new Expectation(Optional.empty());

    public static Expectation raising(String exceptionName) {
        return new Expectation(Optional.of(exceptionName));
    }
}
