package dev.pep734.tck.engine;

import dev.pep734.tck.spec.Expectation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What one leaf of the tree does when it runs. */
sealed interface LeafWork {

    /**
     * Run a Python script through the implementation and judge the result.
     *
     * @param source the whole script
     * @param expect how its run must end
     * @param expectedStdout for examples that show output
     * @param timeout the script's own budget, when it sets one
     * @param clause the anchor of the clause it checks, for failure messages
     * @param quotes the sentences it checks, for failure messages
     * @param documentedAt where the clause stands in its document ({@code resource:line}), for failure messages
     * @param derived whether the kit derived the script itself; only such scripts may report "not verified"
     *     (an uncaught {@code unittest.SkipTest}): a vendor's runtime must not be able to turn a failure of a
     *     hand-written assertion into a skip
     */
    record Script(String source, Expectation expect, Optional<String> expectedStdout, Optional<Duration> timeout,
                  String clause, List<String> quotes, String documentedAt, boolean derived) implements LeafWork {

        public Script {
            quotes = List.copyOf(quotes);
        }
    }

    /** Report "not verified by this TCK" (aborted) with a reason: coverage stays visible. */
    record NotVerified(String reason) implements LeafWork {
    }

    /**
     * Check a property: many generated cases through few scripts, a failing case shrunk to a minimal one.
     *
     * @param property what to check
     * @param documentedAt where its clause stands in its document ({@code resource:line}), for failure messages
     */
    record Property(dev.pep734.tck.property.Property property, String documentedAt) implements LeafWork {
    }

    /** A fault of the kit or its configuration (stale erratum, unknown expectation): the leaf fails. */
    record Broken(String message) implements LeafWork {
    }
}
