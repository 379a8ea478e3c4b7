package dev.pep734.tck.property;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Producers and consumers on one queue at once, repeated a few times (interleavings differ run to run).
 *
 * @param maxsize the queue's maxsize; a bounded queue makes producers block until consumers catch up
 * @param producers each puts {@code count} tagged items {@code p<k>.<i>} in order
 * @param consumers threads of main that get until the producers are done and the queue is empty
 * @param repeats how many times the phase runs; it fails if any repetition breaks an invariant
 */
record ConcurrentPhase(int maxsize, List<Producer> producers, int consumers, int repeats) {

    /** A producer: a thread of main, or a thread running code in a subinterpreter of its own. */
    record Producer(boolean inSub, int count) {
    }

    ConcurrentPhase {
        producers = List.copyOf(producers);
    }

    /** The phase as actions: one line per producer and consumer thread. */
    String describe() {
        List<String> lines = new ArrayList<>();
        lines.add("q = create_queue(maxsize=" + maxsize + "); all threads start together; " + repeats
                + " repetitions");
        for (int k = 0; k < producers.size(); k++) {
            Producer p = producers.get(k);
            lines.add((p.inSub() ? "subinterpreter thread " : "main thread ") + "p" + k + ": put 'p" + k + ".0'"
                    + (p.count() > 1 ? " .. 'p" + k + "." + (p.count() - 1) + "'" : "") + " (" + p.count()
                    + (p.count() == 1 ? " item)" : " items)"));
        }
        for (int j = 0; j < consumers; j++) {
            lines.add("main consumer thread " + (j + 1) + ": get_nowait() until the producers are done and q is empty");
        }
        return String.join("\n", lines);
    }

    String python(String id) {
        return "(\"" + id + "\", " + maxsize + ", ["
                + producers.stream().map(p -> "(" + (p.inSub() ? "True" : "False") + ", " + p.count() + ")")
                        .collect(Collectors.joining(", "))
                + "], " + consumers + ", " + repeats + ")";
    }
}
