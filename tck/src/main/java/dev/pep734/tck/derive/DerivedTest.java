package dev.pep734.tck.derive;

import dev.pep734.tck.spec.Expectation;
import java.util.Optional;
import java.util.Set;

/**
 * A test the TCK derives from a clause by itself (no person wrote it): an API check or a runnable example.
 *
 * @param segmentType the unique-id segment type: {@code check} or {@code example}
 * @param segmentValue the unique-id segment value, stable: {@code exists}, {@code kind}, {@code signature},
 *     {@code bases}, or the example's anchor value
 * @param displayName a name that stands alone, e.g. {@code "Interpreter.close() exists"}
 * @param pythonSource the whole script, runnable with {@code python FILE}
 * @param expect how its run must end
 * @param expectedStdout for examples that show output: what stdout must be (after doctest-style
 *     normalisation: trailing whitespace per line and trailing blank lines ignored)
 * @param tags extra JUnit tags (the engine adds level and profile tags)
 * @param erratumId the erratum applied to this test, if any (the engine uses it to find stale errata)
 */
public record DerivedTest(String segmentType, String segmentValue, String displayName, String pythonSource,
                          Expectation expect, Optional<String> expectedStdout, Set<String> tags,
                          Optional<String> erratumId) {

    public DerivedTest {
        tags = Set.copyOf(tags);
    }
}
