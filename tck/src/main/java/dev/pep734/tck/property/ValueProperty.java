package dev.pep734.tck.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Values of every kind cross between interpreters through some {@link Crossing}s and must arrive, be pickled
 * or be refused exactly as the sharing rules say. All values of a run go through one script.
 */
record ValueProperty(String name, String clause, String description, String level, Set<String> features,
                     List<Crossing> crossings) implements Property {

    private static final String HARNESS = "/dev/pep734/tck/property/values.py";

    ValueProperty {
        features = Set.copyOf(features);
        crossings = List.copyOf(crossings);
    }

    @Override
    public PropertyResult check(PropertyRun run) {
        return new Checker().check(this, run);
    }

    private final class Checker extends CaseChecker<PyValue> {

        @Override
        List<PyValue> generate(SplittableRandom random, int tries) {
            return ValueGenerator.values(random, tries);
        }

        @Override
        List<String> kinds(PyValue value) {
            return List.of(value.kind());
        }

        @Override
        String script(List<PyValue> values) {
            StringBuilder cases = new StringBuilder("CASES = [\n");
            for (int i = 0; i < values.size(); i++) {
                cases.append("    (\"c").append(i).append("\", ").append(pythonString(values.get(i).source()))
                        .append("),\n");
            }
            cases.append("]\nCROSSINGS = [")
                    .append(crossings.stream().map(c -> "\"" + c.key() + "\"").collect(Collectors.joining(", ")))
                    .append("]");
            return Batch.harness(HARNESS, cases.toString());
        }

        @Override
        Optional<String> mismatch(PyValue value, String id, Batch.Observed observed) {
            List<String> out = new ArrayList<>();
            for (Crossing crossing : crossings) {
                crossing.expected(value).forEach((key, expected) -> {
                    Optional<String> actual = observed.get(id, key);
                    if (actual.isEmpty()) {
                        out.add(key + ": expected " + expected + ", but " + observed.silence());
                    } else if (!actual.get().equals(expected)) {
                        out.add(key + ": expected " + expected + ", got " + actual.get());
                    }
                });
            }
            return out.isEmpty() ? Optional.empty() : Optional.of("the value " + value.source() + " ("
                    + value.kind() + ")\n" + String.join("\n", out));
        }

        @Override
        List<PyValue> shrinks(PyValue value) {
            return value.shrinks();
        }

        @Override
        String describe(PyValue value) {
            return value.source();
        }
    }

    static String pythonString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
