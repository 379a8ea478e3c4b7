package dev.pep734.tck.property;

import dev.pep734.tck.property.ConcurrentPhase.Producer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Several producers (threads of main and of subinterpreters) and consumers on one queue at once. Invariants:
 * every item arrives exactly once, and each consumer sees each producer's items in the order they were put.
 */
final class QueueConcurrentProperty implements Property {

    private static final String HARNESS = "/dev/pep734/tck/property/concurrent.py";
    static final int REPEATS = 3;
    /** Phases per run: concurrent phases are dearer than chains, so one phase stands for ten tries. */
    static final int TRIES_PER_PHASE = 10;

    @Override
    public String name() {
        return "queue-concurrent";
    }

    @Override
    public String clause() {
        return "section:reference";
    }

    @Override
    public String description() {
        return "concurrent producers and consumers across interpreters lose nothing, duplicate nothing and keep "
                + "each producer's order";
    }

    @Override
    public String level() {
        return "should";
    }

    @Override
    public Set<String> features() {
        return Set.of("queues", "threads");
    }

    @Override
    public PropertyResult check(PropertyRun run) {
        return new CaseChecker<ConcurrentPhase>() {
            @Override
            List<ConcurrentPhase> generate(SplittableRandom random, int tries) {
                return phases(random, tries);
            }

            @Override
            int batchSize() {
                return 4;
            }

            @Override
            List<String> kinds(ConcurrentPhase phase) {
                List<String> kinds = new ArrayList<>();
                kinds.add("phase maxsize=" + phase.maxsize());
                kinds.add("phase with " + phase.consumers() + " consumer(s)");
                phase.producers().forEach(p -> kinds.add(p.inSub() ? "producer in a subinterpreter"
                        : "producer thread in main"));
                return kinds;
            }

            @Override
            String script(List<ConcurrentPhase> phases) {
                StringBuilder cases = new StringBuilder("PHASES = [\n");
                for (int i = 0; i < phases.size(); i++) {
                    cases.append("    ").append(phases.get(i).python("c" + i)).append(",\n");
                }
                return Batch.harness(HARNESS, cases.append("]").toString());
            }

            @Override
            Optional<String> mismatch(ConcurrentPhase phase, String id, Batch.Observed observed) {
                for (int r = 0; r < phase.repeats(); r++) {
                    Optional<String> line = observed.get(id, "r" + r);
                    if (line.isEmpty()) {
                        return Optional.of("repetition " + (r + 1) + ": no result, " + observed.silence());
                    }
                    Optional<String> broken = invariants(phase, line.get());
                    if (broken.isPresent()) {
                        return Optional.of("repetition " + (r + 1) + " of " + phase.repeats() + ": "
                                + broken.get());
                    }
                }
                return Optional.empty();
            }

            @Override
            List<ConcurrentPhase> shrinks(ConcurrentPhase phase) {
                return QueueConcurrentProperty.shrinks(phase);
            }

            @Override
            String describe(ConcurrentPhase phase) {
                return phase.describe();
            }
        }.check(this, run);
    }

    static List<ConcurrentPhase> phases(SplittableRandom r, int tries) {
        List<ConcurrentPhase> out = new ArrayList<>();
        out.add(new ConcurrentPhase(0, List.of(new Producer(false, 20), new Producer(false, 20)), 1, REPEATS));
        out.add(new ConcurrentPhase(3, List.of(new Producer(true, 20), new Producer(true, 20),
                new Producer(false, 20)), 2, REPEATS));
        int wanted = Math.max(out.size(), (tries + TRIES_PER_PHASE - 1) / TRIES_PER_PHASE);
        int[] sizes = {0, 0, 2, 5};
        while (out.size() < wanted) {
            List<Producer> producers = new ArrayList<>();
            int subs = 0;
            for (int k = 0, n = 1 + r.nextInt(4); k < n; k++) {
                boolean inSub = subs < 3 && r.nextInt(10) < 4;
                subs += inSub ? 1 : 0;
                producers.add(new Producer(inSub, 1 + r.nextInt(30)));
            }
            out.add(new ConcurrentPhase(sizes[r.nextInt(sizes.length)], producers, 1 + r.nextInt(2), REPEATS));
        }
        return out;
    }

    /** Fewer producers, fewer items, producers moved to main, one consumer, an unbounded queue. */
    static List<ConcurrentPhase> shrinks(ConcurrentPhase phase) {
        List<ConcurrentPhase> out = new ArrayList<>();
        List<Producer> producers = phase.producers();
        for (int k = 0; k < producers.size() && producers.size() > 1; k++) {
            List<Producer> fewer = new ArrayList<>(producers);
            fewer.remove(k);
            out.add(new ConcurrentPhase(phase.maxsize(), fewer, phase.consumers(), phase.repeats()));
        }
        for (int k = 0; k < producers.size(); k++) {
            Producer p = producers.get(k);
            for (int count : new int[] {1, p.count() / 2, p.count() - 1}) {
                if (count >= 1 && count < p.count()) {
                    out.add(with(phase, k, new Producer(p.inSub(), count)));
                }
            }
            if (p.inSub()) {
                out.add(with(phase, k, new Producer(false, p.count())));
            }
        }
        if (phase.consumers() > 1) {
            out.add(new ConcurrentPhase(phase.maxsize(), producers, 1, phase.repeats()));
        }
        if (phase.maxsize() > 0) {
            out.add(new ConcurrentPhase(0, producers, phase.consumers(), phase.repeats()));
        }
        return out;
    }

    private static ConcurrentPhase with(ConcurrentPhase phase, int index, Producer producer) {
        List<Producer> changed = new ArrayList<>(phase.producers());
        changed.set(index, producer);
        return new ConcurrentPhase(phase.maxsize(), changed, phase.consumers(), phase.repeats());
    }

    /** Checks one repetition's observation line; says what broke, naming the first item concerned. */
    static Optional<String> invariants(ConcurrentPhase phase, String line) {
        if (line.startsWith("error ")) {
            return Optional.of(line.substring(6));
        }
        String[] consumers = line.split("\\|", -1);
        if (consumers.length != phase.consumers()) {
            return Optional.of("expected the items of " + phase.consumers() + " consumer(s), got: " + line);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int j = 0; j < consumers.length; j++) {
            Map<Integer, Integer> last = new HashMap<>();
            for (String item : consumers[j].isEmpty() ? new String[0] : consumers[j].split(",")) {
                int dot = item.indexOf('.');
                int producer;
                int index;
                try {
                    producer = Integer.parseInt(item.substring(1, dot));
                    index = Integer.parseInt(item.substring(dot + 1));
                } catch (RuntimeException e) {
                    return Optional.of("consumer " + (j + 1) + " got an item nobody put: " + item);
                }
                if (!item.startsWith("p") || producer >= phase.producers().size()
                        || index >= phase.producers().get(producer).count()) {
                    return Optional.of("consumer " + (j + 1) + " got an item nobody put: " + item);
                }
                if (seen.merge(item, 1, Integer::sum) > 1) {
                    return Optional.of("item " + item + " arrived twice");
                }
                Integer before = last.put(producer, index);
                if (before != null && before > index) {
                    return Optional.of("consumer " + (j + 1) + " got p" + producer + "." + index + " after p"
                            + producer + "." + before + ": producer p" + producer + "'s order is broken");
                }
            }
        }
        for (int k = 0; k < phase.producers().size(); k++) {
            for (int i = 0; i < phase.producers().get(k).count(); i++) {
                if (!seen.containsKey("p" + k + "." + i)) {
                    return Optional.of("item p" + k + "." + i + " was put but never arrived (lost)");
                }
            }
        }
        return Optional.empty();
    }
}
