package dev.pep734.tck.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.tck.spec.AssertionScript;
import dev.pep734.tck.spec.Level;
import dev.pep734.tck.spec.Profile;
import dev.pep734.tck.spec.SpecLibrary;
import dev.pep734.tck.spi.ImplementationContext;
import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.RunResult;
import dev.pep734.tck.spi.ScriptRun;
import dev.pep734.tck.spi.Session;
import dev.pep734.tck.spi.StartedImplementation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each family of the TCK's own assertion scripts catches realistic bugs: for every pair below, the named
 * script of the real spec passes on CPython 3.14.3 and fails on the mutant. (The mutant's own detector only
 * shows that the mutant misbehaves; this shows that the kit notices.) If a pair fails here, either the script
 * got weaker or the mutant no longer breaks what it claims to.
 */
// Each case runs CPython processes of its own, so two cases at a time keep both cores busy.
@Execution(ExecutionMode.CONCURRENT)
class MutantImplementationCatchesTest {

    /** The families of assertions the issue names; each must catch at least one mutant. */
    enum Family { LIFECYCLE, SHARING, QUEUES, EXCEPTIONS, EXECUTOR }

    record Catch(Family family, Mutant mutant, String script) {

        @Override
        public String toString() {
            return family + ": " + mutant.id() + " caught by " + script;
        }
    }

    private static final String SPEC = "pep734/spec/";
    // One library for every catch: it keeps each profile it has read.
    private static final SpecLibrary LIBRARY =
            SpecLibrary.fromClassLoader(MutantImplementationCatchesTest.class.getClassLoader());
    private static final Map<Mutant, StartedImplementation> STARTED = new EnumMap<>(Mutant.class);
    private static final String V314 = "concurrent.interpreters-3.14/assertions/";
    private static final String V3143 = "concurrent.interpreters-3.14.3/assertions/";
    private static final String HOWTO = "howto/assertions/";
    private static final String POOL = HOWTO + "concurrent-futures-interpreterpoolexecutor/";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    static List<Catch> catches() {
        return List.of(
                new Catch(Family.LIFECYCLE, Mutant.CLOSE_DOES_NOTHING, V314 + "list_all/closed-interpreter-not-listed.py"),
                new Catch(Family.LIFECYCLE, Mutant.SECOND_CLOSE_SILENT, V314 + "Interpreter.close/second-close-raises-not-found.py"),
                new Catch(Family.LIFECYCLE, Mutant.SECOND_CLOSE_SILENT, V314 + "InterpreterNotFoundError/every-method-after-close.py"),
                new Catch(Family.LIFECYCLE, Mutant.IS_RUNNING_ALWAYS_FALSE, V314 + "Interpreter.is_running/true-while-executing.py"),
                new Catch(Family.LIFECYCLE, Mutant.GET_CURRENT_RETURNS_MAIN, V314 + "get_current/inside-call.py"),
                new Catch(Family.LIFECYCLE, Mutant.EXEC_FORGETS_STATE, V314 + "Interpreter.exec/main-namespace-persists.py"),
                new Catch(Family.LIFECYCLE, Mutant.CALL_IN_THREAD_BLOCKS, V314 + "Interpreter.call_in_thread/does-not-block-caller.py"),
                new Catch(Family.SHARING, Mutant.PREPARE_MAIN_PICKLES_UNSHAREABLE, V314 + "Interpreter.prepare_main/refuses-list.py"),
                new Catch(Family.SHARING, Mutant.PREPARE_MAIN_PICKLES_UNSHAREABLE, V314 + "Interpreter.prepare_main/refuses-plain-object.py"),
                new Catch(Family.SHARING, Mutant.MEMORYVIEW_COPIED, V314 + "Interpreter.prepare_main/memoryview-shares-buffer.py"),
                new Catch(Family.SHARING, Mutant.MEMORYVIEW_COPIED, V314 + "reference/queue-memoryview-shared.py"),
                new Catch(Family.SHARING, Mutant.PREPARE_MAIN_CHANGES_VALUES, V314 + "Interpreter.prepare_main/binds-small-ints.py"),
                new Catch(Family.SHARING, Mutant.NOT_SHAREABLE_IS_VALUE_ERROR, V314 + "NotShareableError/not-an-interpreter-error.py"),
                new Catch(Family.QUEUES, Mutant.QUEUE_LIFO, HOWTO + "using-queues/fifo-order.py"),
                new Catch(Family.QUEUES, Mutant.QUEUE_LIFO, V314 + "reference/queue-fifo-single-producer.py"),
                new Catch(Family.QUEUES, Mutant.QUEUE_DROPS_EVERY_THIRD, V314 + "reference/queue-fifo-single-producer.py"),
                new Catch(Family.QUEUES, Mutant.QUEUE_DROPS_UNDER_CONTENTION,
                        HOWTO + "using-queues/queue-safe-with-threads-of-one-interpreter.py"),
                new Catch(Family.QUEUES, Mutant.UNBOUND_ITEMS_REMOVED, V314 + "reference/queue-items-of-closed-interpreter.py"),
                new Catch(Family.QUEUES, Mutant.GET_TIMEOUT_IGNORED, V314 + "reference/queue-get-timeout-waits.py"),
                new Catch(Family.QUEUES, Mutant.FULL_QUEUE_PUT_DROPS_ITEM, V314 + "reference/queue-blocking-put-woken-by-get.py"),
                new Catch(Family.QUEUES, Mutant.EMPTY_GET_RETURNS_NONE, V314 + "reference/queue-get-timeout-waits.py"),
                new Catch(Family.SHARING, Mutant.BIG_INTS_CUT_TO_64_BITS, V314 + "reference/queue-carries-big-int.py"),
                new Catch(Family.SHARING, Mutant.TUPLES_ARRIVE_AS_LISTS, V314 + "reference/queue-carries-none-and-nested-tuple.py"),
                new Catch(Family.EXCEPTIONS, Mutant.QUEUE_EMPTY_IS_PLAIN_EMPTY, V314 + "reference/queue-get-nowait-empty.py"),
                new Catch(Family.EXCEPTIONS, Mutant.EXECUTION_FAILED_IS_RUNTIME_ERROR, V314 + "ExecutionFailed/caught-as-interpreter-error.py"),
                new Catch(Family.EXCEPTIONS, Mutant.SYSTEM_EXIT_PROPAGATES, V314 + "Interpreter.exec/system-exit-becomes-execution-failed.py"),
                new Catch(Family.EXCEPTIONS, Mutant.SYSTEM_EXIT_PROPAGATES, V314 + "Interpreter.call/system-exit-becomes-execution-failed.py"),
                new Catch(Family.EXCEPTIONS, Mutant.EXCINFO_WITHOUT_TRACEBACK, V314 + "ExecutionFailed.excinfo/errdisplay-has-traceback-and-cause.py"),
                new Catch(Family.EXECUTOR, Mutant.EXECUTOR_RAISES_EXECUTION_FAILED, POOL + "task-exception-keeps-type.py"),
                new Catch(Family.EXECUTOR, Mutant.EXECUTOR_RUNS_TASKS_IN_MAIN, POOL + "tasks-run-in-subinterpreters.py"),
                new Catch(Family.EXECUTOR, Mutant.EXECUTOR_RUNS_TASKS_IN_MAIN, POOL + "shutdown-closes-interpreters.py"),
                // The released 3.14.3 text: each of these scripts is a requirement (must) of that profile.
                new Catch(Family.QUEUES, Mutant.QUEUE_EMPTY_OFF_BY_ONE, V3143 + "Queue/qsize-empty-tracks-items.py"),
                new Catch(Family.QUEUES, Mutant.QUEUE_FULL_OFF_BY_ONE, V3143 + "Queue/qsize-empty-tracks-items.py"),
                new Catch(Family.QUEUES, Mutant.QUEUE_FULL_OFF_BY_ONE, V3143 + "Queue/queue-interface-methods.py"),
                new Catch(Family.QUEUES, Mutant.UNBOUND_ITEMS_REMOVED, V3143 + "Queue/items-of-closed-interpreter-kept.py"),
                new Catch(Family.QUEUES, Mutant.UNBOUND_ITEMS_RAISE, V3143 + "Queue/items-of-closed-interpreter-kept.py"),
                new Catch(Family.QUEUES, Mutant.QUEUE_LIFO, V3143 + "Queue/fifo-single-producer.py"),
                new Catch(Family.QUEUES, Mutant.GET_TIMEOUT_IGNORED, V3143 + "QueueEmptyError/get-timeout-waits.py"),
                new Catch(Family.QUEUES, Mutant.EMPTY_GET_RETURNS_NONE, V3143 + "Queue/blocking-get-woken-by-put.py"),
                new Catch(Family.QUEUES, Mutant.FULL_QUEUE_PUT_DROPS_ITEM, V3143 + "Queue/blocking-put-woken-by-get.py"),
                new Catch(Family.SHARING, Mutant.QUEUE_CUTS_BIG_INTS, V3143 + "interp-object-sharing/queue-ints-of-any-size.py"),
                new Catch(Family.SHARING, Mutant.BIG_INTS_CUT_TO_64_BITS, V3143 + "interp-object-sharing/call-carries-immutables.py"),
                new Catch(Family.SHARING, Mutant.ROUND_TRIP_LOSES_NEGATIVE_ZERO, V3143 + "interp-object-sharing/queue-floats.py"),
                new Catch(Family.SHARING, Mutant.TUPLES_ARRIVE_AS_LISTS, V3143 + "interp-object-sharing/queue-none-bool-bytes-tuples.py"),
                new Catch(Family.SHARING, Mutant.MEMORYVIEW_COPIED, V3143 + "interp-object-sharing/memoryview-shared.py"),
                new Catch(Family.SHARING, Mutant.PREPARE_MAIN_CHANGES_VALUES, V3143 + "Interpreter.prepare_main/binds-immutables.py"),
                new Catch(Family.EXCEPTIONS, Mutant.QUEUE_EMPTY_IS_PLAIN_EMPTY, V3143 + "QueueEmptyError/raised-only-when-empty.py"),
                new Catch(Family.EXCEPTIONS, Mutant.NOT_SHAREABLE_IS_VALUE_ERROR, V3143 + "NotShareableError/refused-by-every-channel.py"),
                new Catch(Family.LIFECYCLE, Mutant.EXEC_FORGETS_STATE, V3143 + "running-in-an-interpreter/exec-uses-main-globals.py"),
                new Catch(Family.LIFECYCLE, Mutant.GET_CURRENT_RETURNS_MAIN, V3143 + "interp-concurrency/current-context-per-thread.py"),
                new Catch(Family.EXCEPTIONS, Mutant.ARGUMENT_NOT_REBUILT_IS_INTERPRETER_ERROR,
                        V314 + "NotShareableError/argument-not-rebuilt-in-target.py"),
                new Catch(Family.SHARING, Mutant.PIPES_PER_INTERPRETER,
                        HOWTO + "pipes-sockets-etc/pipe-message-between-subinterpreters.py"),
                new Catch(Family.SHARING, Mutant.PIPES_PER_INTERPRETER,
                        HOWTO + "pipes-sockets-etc/duplex-pipes-between-interpreters.py"));
    }

    @ParameterizedTest
    @MethodSource("catches")
    void theAssertionPassesOnCPythonAndFailsOnTheMutant(Catch c) throws Exception {
        String program = program(c.script());
        RunResult truth = GroundTruth.run(program, TIMEOUT);
        assertEquals(Outcome.PASSED, truth.outcome(), () -> c.script() + " fails on CPython itself:\n" + truth.stderr());
        try (Session session = started(c.mutant()).openSession()) {
            RunResult broken = session.run(ScriptRun.of(GroundTruth.script(program), TIMEOUT));
            assertTrue(broken.outcome() == Outcome.FAILED || broken.outcome() == Outcome.ERROR,
                    () -> c + ": the script ended " + broken.outcome() + " on the mutant; it must fail\n"
                            + broken.stderr());
        }
    }

    @Test
    void everyFamilyCatchesAtLeastOneMutant() {
        Set<Family> covered = catches().stream().map(Catch::family).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(Family.class)));
        assertEquals(EnumSet.allOf(Family.class), covered, "families without a catching assertion");
    }

    @Test
    void theQueueOrderMutantIsCaughtByARequirementNotOnlyAShould() throws IOException {
        // The HOWTO calls the queue an implementation of the queue.Queue interface, which is FIFO: a LIFO
        // queue must fail a `must`, so a vendor cannot pass the required level with it.
        String script = text(SPEC + HOWTO + "using-queues/fifo-order.py");
        assertTrue(script.contains("\n# level: must\n"), "fifo-order.py is no longer level must");
    }

    @Test
    void theReleasedTextCatchesItsBugsAtMust() {
        // The 3.14.3 profile exists so that bugs against the released text are refused a certificate: every
        // script of it named above must be a requirement, not a should.
        List<String> notMust = catches().stream().map(Catch::script).filter(s -> s.startsWith(V3143)).distinct()
                .filter(s -> script(s).header().level() != Level.MUST).toList();
        assertEquals(List.of(), notMust, "3.14.3 scripts above that are not level must");
    }

    /** The script as the TCK runs it (harness includes first), as the spec library loads it. */
    private static String program(String script) {
        return script(script).source();
    }

    /** Each mutant is started (and probed) once for all its catches; the sessions are new per catch. */
    private static synchronized StartedImplementation started(Mutant mutant) throws Exception {
        StartedImplementation started = STARTED.get(mutant);
        if (started == null) {
            started = new MutantImplementation().start(new ImplementationContext(
                    Map.of(MutantImplementation.MUTANT_KEY, mutant.id()), GroundTruth.WORK));
            STARTED.put(mutant, started);
        }
        return started;
    }

    @AfterAll
    static void closeMutants() {
        STARTED.values().forEach(StartedImplementation::close);
        STARTED.clear();
    }

    private static AssertionScript script(String script) {
        String resource = SPEC + script;
        String profileId = script.substring(0, script.indexOf('/'));
        Profile profile = LIBRARY.profile(profileId).orElseThrow(() -> new AssertionError("no profile " + profileId));
        return LIBRARY.load(profile).assertions().stream().filter(a -> a.resource().equals(resource))
                .findFirst().orElseThrow(() -> new AssertionError("no assertion script " + resource));
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = MutantImplementationCatchesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "missing spec resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
