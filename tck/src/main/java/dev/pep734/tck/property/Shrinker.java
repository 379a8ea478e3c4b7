package dev.pep734.tck.property;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Greedy shrinking with batched checks: all simpler candidates of the current counterexample are checked
 * in one script; the first that still fails becomes the new counterexample, until none fails.
 */
final class Shrinker {

    /** Candidates checked per script: enough for one step of a value or a chain of a dozen actions. */
    static final int MAX_CANDIDATES = 60;
    static final int MAX_STEPS = 40;

    /** The end of shrinking: the minimal counterexample and how many steps and scripts it took. */
    record Shrunk<T>(T value, int steps, int scripts) {
    }

    private Shrinker() {
    }

    /**
     * @param failing a counterexample
     * @param candidates simpler versions of a counterexample, simplest first
     * @param firstFailing checks a batch (one script) and says which candidate fails first, if any
     */
    static <T> Shrunk<T> minimise(T failing, Function<T, List<T>> candidates,
                                  Function<List<T>, OptionalInt> firstFailing) {
        T current = failing;
        int steps = 0;
        int scripts = 0;
        while (steps < MAX_STEPS) {
            List<T> batch = new ArrayList<>(new LinkedHashSet<>(candidates.apply(current)));
            batch.remove(current);
            if (batch.isEmpty()) {
                break;
            }
            batch = batch.subList(0, Math.min(batch.size(), MAX_CANDIDATES));
            OptionalInt hit = firstFailing.apply(batch);
            scripts++;
            if (hit.isEmpty()) {
                break;
            }
            current = batch.get(hit.getAsInt());
            steps++;
        }
        return new Shrunk<>(current, steps, scripts);
    }
}
