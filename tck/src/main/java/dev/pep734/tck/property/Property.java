package dev.pep734.tck.property;

import java.util.Set;

/**
 * A property of {@code concurrent.interpreters} checked against any implementation: many generated cases,
 * batched into few scripts, judged by the kit, and a failing case shrunk to a minimal counterexample.
 */
public interface Property {

    /** A short id, unique in its profile: the leaf is {@code [property:<name>]}. */
    String name();

    /** The anchor of the clause it checks, e.g. {@code api:Interpreter.prepare_main}. */
    String clause();

    /** One line that says what holds; the test's display name. */
    String description();

    /** The requirement level tag: {@code must} or {@code should}. */
    String level();

    /** Feature tags, e.g. {@code shareable} or {@code queues}. */
    Set<String> features();

    /**
     * Checks the property.
     *
     * @param run the seed, the number of tries, where to write scripts, and how to run them
     * @return what happened; a failure carries the minimal counterexample and how to replay it
     */
    PropertyResult check(PropertyRun run);
}
