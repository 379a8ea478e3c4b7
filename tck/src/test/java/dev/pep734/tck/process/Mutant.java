package dev.pep734.tck.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One realistic way to break {@code concurrent.interpreters}: Python code that a {@code sitecustomize.py} runs at
 * start-up (in the main interpreter and in every subinterpreter), and a tiny script that catches it. Each mutant is
 * the test resource {@code dev/pep734/tck/process/mutants/<id>.py}: its first line is a comment with the
 * description, then comes the patch, then a line {@code # ---- detector ----} and the detector. Every patch runs
 * after {@code mutants/_prelude.py}, whose helpers keep the public signatures ({@code functools.wraps}), so only
 * behaviour changes: a TCK that only checks names and signatures would not notice.
 */
enum Mutant {

    NOT_SHAREABLE_IS_VALUE_ERROR,
    QUEUE_LIFO,
    QUEUE_DROPS_EVERY_THIRD,
    PREPARE_MAIN_CHANGES_VALUES,
    CLOSE_DOES_NOTHING,
    IS_RUNNING_ALWAYS_FALSE,
    GET_CURRENT_RETURNS_MAIN,
    EXECUTION_FAILED_IS_RUNTIME_ERROR,
    GET_TIMEOUT_IGNORED,
    IS_SHAREABLE_ACCEPTS_LISTS,
    ROUND_TRIP_LOSES_NEGATIVE_ZERO,
    QUEUE_DROPS_UNDER_CONTENTION,
    PREPARE_MAIN_PICKLES_UNSHAREABLE,
    MEMORYVIEW_COPIED,
    SECOND_CLOSE_SILENT,
    UNBOUND_ITEMS_REMOVED,
    UNBOUND_ITEMS_RAISE,
    SYSTEM_EXIT_PROPAGATES,
    EXCINFO_WITHOUT_TRACEBACK,
    EXECUTOR_RAISES_EXECUTION_FAILED,
    EXECUTOR_RUNS_TASKS_IN_MAIN,
    EXEC_FORGETS_STATE,
    FULL_QUEUE_PUT_DROPS_ITEM,
    EMPTY_GET_RETURNS_NONE,
    QUEUE_EMPTY_IS_PLAIN_EMPTY,
    BIG_INTS_CUT_TO_64_BITS,
    QUEUE_CUTS_BIG_INTS,
    QUEUE_EMPTY_OFF_BY_ONE,
    QUEUE_FULL_OFF_BY_ONE,
    TUPLES_ARRIVE_AS_LISTS,
    CALL_IN_THREAD_BLOCKS,
    ARGUMENT_NOT_REBUILT_IS_INTERPRETER_ERROR,
    PIPES_PER_INTERPRETER;

    private static final String DETECTOR_LINE = "# ---- detector ----\n";

    /** The name used in {@code pep734.tck.mutant} and its file name, e.g. {@code queue-lifo}. */
    String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String description() {
        String text = source();
        return text.substring(2, text.indexOf('\n'));
    }

    static Optional<Mutant> named(String id) {
        return Arrays.stream(values()).filter(m -> m.id().equals(id)).findFirst();
    }

    /** The whole sitecustomize.py of this mutant. */
    String sitecustomize() {
        return "# sitecustomize.py of the PEP 734 TCK self-test mutant '" + id() + "': " + description() + ".\n"
                + "# It breaks concurrent.interpreters on purpose; the TCK must notice.\n"
                + read("_prelude.py")
                + patch().indent(4);
    }

    /** A script that passes on a correct implementation and fails on this mutant. */
    String detector() {
        String text = source();
        return "from concurrent import interpreters\n"
                + text.substring(text.indexOf(DETECTOR_LINE) + DETECTOR_LINE.length());
    }

    private String patch() {
        String text = source();
        int detector = text.indexOf(DETECTOR_LINE);
        if (!text.startsWith("# ") || detector < 0) {
            throw new IllegalStateException("mutants/" + id() + ".py: expected '# description', the patch, then '"
                    + DETECTOR_LINE.strip() + "' and the detector");
        }
        return text.substring(text.indexOf('\n') + 1, detector);
    }

    private String source() {
        return read(id() + ".py");
    }

    private static String read(String name) {
        try (InputStream in = Mutant.class.getResourceAsStream("mutants/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource dev/pep734/tck/process/mutants/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
