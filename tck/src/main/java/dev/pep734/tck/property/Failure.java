package dev.pep734.tck.property;

import java.nio.file.Path;

/** The failure message of a property: what broke, the minimal counterexample, and how to replay it. */
final class Failure {

    private Failure() {
    }

    /**
     * @param what what the minimal counterexample did wrong (several lines allowed)
     * @param counterexample the minimal counterexample, as Python source or an action list
     * @param original the first counterexample found, before shrinking
     */
    static String message(Property property, String what, String counterexample, String original, int steps,
                          PropertyRun run, Path reproducer) {
        StringBuilder m = new StringBuilder();
        m.append("property ").append(property.name()).append(" failed: ").append(property.description()).append('\n');
        m.append("clause: ").append(property.clause()).append('\n');
        m.append("minimal counterexample: ").append(counterexample.strip().replace("\n", "\n    ")).append('\n');
        m.append(what.strip().indent(2));
        if (steps > 0) {
            m.append("shrunk in ").append(steps).append(steps == 1 ? " step" : " steps").append(" from: ")
                    .append(original.strip().replace("\n", "\n    ")).append('\n');
        }
        m.append("seed: ").append(run.seed()).append(", tries: ").append(run.tries()).append('\n');
        m.append("replay: ").append(run.replay()).append('\n');
        m.append("reproducer: python ").append(reproducer);
        return m.toString();
    }
}
