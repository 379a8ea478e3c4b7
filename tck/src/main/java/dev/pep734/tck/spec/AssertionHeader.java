package dev.pep734.tck.spec;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The frontmatter of an assertion script (see spec/README.md).
 *
 * @param clause anchor of the clause checked, e.g. {@code api:Interpreter.close}
 * @param quotes sentences of that clause the script checks, verbatim
 * @param level requirement level
 * @param features feature tags
 * @param expect how the run must end
 * @param description what is checked, one line (empty when not given)
 * @param timeout the script's own time budget, when it sets one
 * @param includes harness files (under the spec root's {@code harness/} directory) run before the script, in
 *     this order: shared helpers live there once instead of in every script
 */
public record AssertionHeader(String clause, List<String> quotes, Level level, Set<String> features,
                              Expectation expect, String description, Optional<Duration> timeout,
                              List<String> includes) {

    public AssertionHeader {
        quotes = List.copyOf(quotes);
        features = Set.copyOf(features);
        includes = List.copyOf(includes);
    }

    /** A header that includes no harness file. */
    public AssertionHeader(String clause, List<String> quotes, Level level, Set<String> features,
                           Expectation expect, String description, Optional<Duration> timeout) {
        this(clause, quotes, level, features, expect, description, timeout, List.of());
    }

    /** The quotes as the document's plain words (inline markup such as {@code :class:`list`} read as text). */
    public List<String> plainQuotes() {
        return quotes.stream().map(InlineText::plain).toList();
    }
}
