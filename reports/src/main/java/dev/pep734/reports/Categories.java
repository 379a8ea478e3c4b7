package dev.pep734.reports;

import java.util.List;
import java.util.Optional;

/**
 * The categories of the report, keyed to the messages the TCK engine produces (see
 * {@code dev.pep734.tck.engine}: LeafRunner, Verdict, LeafFactory, ErrataApplier, SessionKeeper, and the
 * process adapter). Order matters: Allure takes the first match, so the specific ones come first and
 * "assertion failure" (every judged run's message ends "reproduce with: python ...") last.
 */
final class Categories {

    // Messages span lines (traceback, quotes): every regex must match the whole text.
    private static final String ANY = "(?s)";

    static final List<Category> ALL = List.of(
            new Category("Spec erratum", List.of("failed", "broken", "skipped"),
                    ANY + ".*\\berratum [^\\s:]+.*"),
            new Category("Not claimed by the implementation", List.of("skipped"),
                    ANY + "profile \\S+ not claimed by .*"),
            new Category("Expected failure (vendor exclusion)", List.of("skipped"),
                    ANY + "expected failure: .*"),
            new Category("Not verified by this TCK", List.of("skipped"),
                    ANY + ".*not verified by this TCK: .*"),
            new Category("Timeout", List.of("failed", "broken"),
                    ANY + ".*(timed out after|timed out: no result after).*"),
            new Category("Crash", List.of("failed", "broken"),
                    ANY + ".*(the implementation crashed|could not open a session|could not start"
                            + "|the session threw|the session returned no result|the session was closed"
                            + "|interrupted while waiting).*"),
            new Category("Kit or configuration fault", List.of("failed", "broken"),
                    ANY + ".*(spec problem in |names clause .*which profile|unknown test in the expectations file"
                            + "|unexpectedly passed: remove it|deriving the tests of|no test has the path).*"),
            new Category("Assertion failure", List.of("failed"),
                    ANY + ".*reproduce with: python .*"));

    private Categories() {
    }

    /** The category Allure will put a result in, if any. */
    static Optional<String> classify(String status, String message) {
        return ALL.stream().filter(c -> c.matches(status, message)).map(Category::name).findFirst();
    }

    /** {@code categories.json} as Allure reads it. */
    static String json() {
        StringBuilder out = new StringBuilder("[\n");
        for (int i = 0; i < ALL.size(); i++) {
            Category c = ALL.get(i);
            out.append("  {\"name\": ").append(Json.string(c.name()))
                    .append(", \"matchedStatuses\": [");
            for (int j = 0; j < c.statuses().size(); j++) {
                out.append(j == 0 ? "" : ", ").append(Json.string(c.statuses().get(j)));
            }
            out.append("], \"messageRegex\": ").append(Json.string(c.messageRegex())).append('}')
                    .append(i == ALL.size() - 1 ? "\n" : ",\n");
        }
        return out.append("]\n").toString();
    }
}
