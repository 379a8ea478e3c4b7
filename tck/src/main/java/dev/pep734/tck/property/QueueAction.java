package dev.pep734.tck.property;

/**
 * One step of a queue action chain, taken by an interpreter: main ({@code actor} 0) or the subinterpreter in
 * slot 1 or 2. Closing a slot's interpreter makes the slot's next action run in a fresh interpreter.
 *
 * @param op what to do
 * @param actor 0 for main, 1 or 2 for a subinterpreter slot
 * @param item the tagged item a put sends ({@code s1-3}: the fourth put of the chain, from slot 1); else empty
 * @param mode how a put or get waits
 */
record QueueAction(Op op, int actor, String item, Mode mode) {

    enum Op { PUT, GET, CLOSE }

    /**
     * {@code put_nowait}/{@code get_nowait}; {@code put(item, timeout=1)}/{@code get(timeout=1)}; or plain
     * blocking {@code put(item)}/{@code get()}, used only where the model says the call is served at once
     * (a wrong block then shows as a timed-out script).
     */
    enum Mode { NOWAIT, TIMEOUT, BLOCK }

    QueueAction(Op op, int actor, String item) {
        this(op, actor, item, Mode.NOWAIT);
    }

    boolean timed() {
        return mode == Mode.TIMEOUT;
    }

    QueueAction with(Mode other) {
        return new QueueAction(op, actor, item, other);
    }

    QueueAction by(int other) {
        return new QueueAction(op, other, item, mode);
    }

    static String actorName(int actor) {
        return actor == 0 ? "main" : "s" + actor;
    }

    /** How a reader sees the step, e.g. {@code s1: put_nowait('s1-0')}. */
    @Override
    public String toString() {
        String who = actorName(actor);
        return switch (op) {
            case PUT -> who + ": " + switch (mode) {
                case NOWAIT -> "put_nowait('" + item + "')";
                case TIMEOUT -> "put('" + item + "', timeout=1)";
                case BLOCK -> "put('" + item + "')";
            };
            case GET -> who + ": " + switch (mode) {
                case NOWAIT -> "get_nowait()";
                case TIMEOUT -> "get(timeout=1)";
                case BLOCK -> "get()";
            };
            case CLOSE -> "main: close " + who;
        };
    }

    /** The same step in the harness's CHAINS literal. */
    String python() {
        return "(\"" + op.name().toLowerCase(java.util.Locale.ROOT) + "\", " + actor + ", \"" + item + "\", "
                + "\"" + mode.name().toLowerCase(java.util.Locale.ROOT) + "\")";
    }
}
