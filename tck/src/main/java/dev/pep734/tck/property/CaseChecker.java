package dev.pep734.tck.property;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The algorithm every property shares: generate cases, run them all in one script, judge each case's
 * observations, shrink the first failing case with batched reruns, write the reproducer, explain.
 *
 * @param <T> a case: a value, an action chain, a concurrent phase
 */
abstract class CaseChecker<T> {

    /** The cases of a run: edge cases first, then random ones, {@code tries} in all. */
    abstract List<T> generate(SplittableRandom random, int tries);

    /**
     * Cases per script. Batching makes a property cheap; a bound keeps one script well inside the script
     * timeout on slow runtimes, and a failure stops the run at the first failing batch.
     */
    int batchSize() {
        return 50;
    }

    /** The kinds a case counts as, for the statistics. */
    abstract List<String> kinds(T testCase);

    /** One script that runs every case; case {@code i} reports under id {@code c<i>}. */
    abstract String script(List<T> cases);

    /** What went wrong with a case, or empty when its observations are right. */
    abstract Optional<String> mismatch(T testCase, String id, Batch.Observed observed);

    /** Simpler cases, simplest first. */
    abstract List<T> shrinks(T testCase);

    /** The case as a reader sees it (Python source, or one action a line). */
    abstract String describe(T testCase);

    final PropertyResult check(Property property, PropertyRun run) {
        List<T> cases = generate(Seeds.random(run.seed(), property.name()), run.tries());
        Map<String, Integer> statistics = new TreeMap<>();
        cases.forEach(c -> kinds(c).forEach(k -> statistics.merge(k, 1, Integer::sum)));
        Batch batch = new Batch(run);
        T original = null;
        for (int from = 0; from < cases.size() && original == null; from += batchSize()) {
            List<T> slice = cases.subList(from, Math.min(cases.size(), from + batchSize()));
            OptionalInt first = firstFailing(slice, batch.run("cases", script(slice)));
            if (first.isPresent()) {
                original = slice.get(first.getAsInt());
            }
        }
        if (original == null) {
            return new PropertyResult(true, property.name() + ": " + cases.size() + " cases held (seed "
                    + run.seed() + ")", Optional.empty(), statistics, Optional.empty(), batch.scripts());
        }
        Shrinker.Shrunk<T> shrunk = Shrinker.minimise(original, this::shrinks,
                candidates -> firstFailing(candidates, batch.run("shrink", script(candidates))));
        T minimal = shrunk.value();
        Path reproducer = run.directory().resolve("reproducer.py");
        String source = script(List.of(minimal));
        // Run once more alone, so that the message shows what the saved reproducer shows.
        String what = mismatch(minimal, "c0", batch.run("minimal", source)).orElse(
                "(passed when run alone: the failure depends on the cases run before it)");
        Batch.write(reproducer, "# Reproducer of property " + property.name() + " (seed " + run.seed()
                + "): run it with the implementation's python and compare its '@@' lines with what the kit"
                + " expects.\n# Minimal counterexample:\n#     " + describe(minimal).replace("\n", "\n#     ")
                + "\n# What the kit saw when it ran this file:\n#     " + what.replace("\n", "\n#     ")
                + "\n" + source);
        String message = Failure.message(property, what, describe(minimal), describe(original), shrunk.steps(),
                run, reproducer);
        return new PropertyResult(false, message, Optional.of(describe(minimal)), statistics,
                Optional.of(reproducer), batch.scripts());
    }

    private OptionalInt firstFailing(List<T> cases, Batch.Observed observed) {
        for (int i = 0; i < cases.size(); i++) {
            if (mismatch(cases.get(i), "c" + i, observed).isPresent()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
