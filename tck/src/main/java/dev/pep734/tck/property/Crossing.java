package dev.pep734.tck.property;

import java.util.LinkedHashMap;
import java.util.Map;

/** A way for a value to reach another interpreter (or the module's verdict on it), and what must happen. */
enum Crossing {

    /** {@code is_shareable(v)}: True exactly for the shareable kinds (any tuple, any int, as in CPython). */
    IS_SHAREABLE("is_shareable"),
    /** {@code prepare_main(v=...)}: shareable data arrives equal; anything else NotShareableError (no pickle). */
    PREPARE_MAIN("prepare_main"),
    /** put and get in the same interpreter: shareable data or a pickled copy; unpicklable refused. */
    QUEUE_SAME("queue_same"),
    /** put in main, get in a subinterpreter. */
    QUEUE_OTHER("queue_other"),
    /** {@code call(echo, v)}: the argument goes over and comes back. */
    CALL("call");

    private final String key;

    Crossing(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    /** Observation key to expected observation (see values.py for the vocabulary). */
    Map<String, String> expected(PyValue value) {
        Map<String, String> out = new LinkedHashMap<>();
        switch (this) {
            case IS_SHAREABLE -> out.put(key, value.shareable() ? "True" : "False");
            case PREPARE_MAIN -> out.put(key, value.strict() ? "same" : "refused");
            default -> out.put(key, value.strict() || value.picklable() ? "same" : "refused");
        }
        // A memoryview over writable memory shares it: a write in the subinterpreter shows in main.
        if ((this == PREPARE_MAIN || this == QUEUE_OTHER) && value instanceof PyValue.Text t && t.writableView()) {
            out.put(key + "-alias", "aliased");
        }
        return out;
    }
}
