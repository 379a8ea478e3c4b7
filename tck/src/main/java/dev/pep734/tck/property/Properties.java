package dev.pep734.tck.property;

import java.util.List;
import java.util.Set;

/**
 * The catalogue: which properties check which profile, keyed to the clause each checks. The 3.14 document
 * says nothing of queues or is_shareable beyond the module's existence, so, like the assertion scripts of
 * those behaviours, their properties sit under its Reference section.
 */
public final class Properties {

    /** The profile whose behaviour these properties pin down (CPython 3.14.3 is its ground truth). */
    public static final String PROFILE = "concurrent.interpreters-3.14";

    private static final List<Property> ALL = List.of(
            new ValueProperty("is-shareable", "section:reference",
                    "is_shareable() agrees with the sharing rules for values of every kind", "should",
                    Set.of("shareable"), List.of(Crossing.IS_SHAREABLE)),
            new ValueProperty("prepare-main-values", "api:Interpreter.prepare_main",
                    "prepare_main() binds every shareable value equal and of the same type, refuses the rest",
                    "must", Set.of("shareable"), List.of(Crossing.PREPARE_MAIN)),
            new ValueProperty("queue-values", "section:reference",
                    "a queue carries shareable values equal and of the same type, pickles the rest, "
                            + "refuses the unpicklable", "should", Set.of("shareable", "queues"),
                    List.of(Crossing.QUEUE_SAME, Crossing.QUEUE_OTHER)),
            new ValueProperty("call-values", "api:Interpreter.call",
                    "call() passes and returns values equal and of the same type, refuses the unpicklable",
                    "should", Set.of("shareable"), List.of(Crossing.CALL)),
            new QueueChainProperty(),
            new QueueConcurrentProperty());

    private Properties() {
    }

    /** The properties of a profile, in report order; none for profiles they do not concern. */
    public static List<Property> forProfile(String profileId) {
        return PROFILE.equals(profileId) ? ALL : List.of();
    }
}
