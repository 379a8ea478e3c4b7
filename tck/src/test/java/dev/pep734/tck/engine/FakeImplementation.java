package dev.pep734.tck.engine;

import dev.pep734.tck.spi.ImplementationContext;
import dev.pep734.tck.spi.ImplementationException;
import dev.pep734.tck.spi.ImplementationInfo;
import dev.pep734.tck.spi.PythonImplementation;
import dev.pep734.tck.spi.RunResult;
import dev.pep734.tck.spi.Session;
import dev.pep734.tck.spi.StartedImplementation;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * Fake implementations for the engine's tests, registered in the test class path's services file. The
 * faithful one ({@code fake}) obeys its scripts; the others are broken in one realistic way each, and the TCK
 * must catch them.
 */
public class FakeImplementation implements PythonImplementation {

    /** Every run, as {@code session:script-file}, in order (tests run one at a time unless a test sets parallelism). */
    static final List<String> RUNS = new CopyOnWriteArrayList<>();
    static final AtomicInteger SESSIONS = new AtomicInteger();
    /** Runs going on now, and the most that ever ran at once (for parallel runs). */
    static final AtomicInteger RUNNING = new AtomicInteger();
    static final AtomicInteger MAX_RUNNING = new AtomicInteger();
    /** The context of the last start, to check what the engine hands on. */
    static volatile ImplementationContext lastContext;

    private final String id;
    private final Set<String> profiles;
    private final UnaryOperator<RunResult> distortion;

    public FakeImplementation() {
        this("fake", Set.of("fixture"), UnaryOperator.identity());
    }

    FakeImplementation(String id, Set<String> profiles, UnaryOperator<RunResult> distortion) {
        this.id = id;
        this.profiles = profiles;
        this.distortion = distortion;
    }

    static void reset() {
        RUNS.clear();
        SESSIONS.set(0);
        RUNNING.set(0);
        MAX_RUNNING.set(0);
        lastContext = null;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public StartedImplementation start(ImplementationContext context) throws ImplementationException {
        lastContext = context;
        return new StartedImplementation() {
            @Override
            public ImplementationInfo info() {
                return new ImplementationInfo(id, "Fake", "0.1", "the TCK's tests", "in the JVM", profiles);
            }

            @Override
            public Session openSession() {
                return new FakeSession(SESSIONS.incrementAndGet(), distortion);
            }

            @Override
            public void close() {
            }
        };
    }

    /** Says every script passed, printing nothing: must fail negative tests and examples with output. */
    public static final class AlwaysPasses extends FakeImplementation {
        public AlwaysPasses() {
            super("fake-always-passes", Set.of("fixture"), r -> new RunResult(dev.pep734.tck.spi.Outcome.PASSED, 0,
                    "", "", java.util.Optional.empty(), r.elapsed()));
        }
    }

    /** Raises the wrong exception type (RuntimeError for everything): must fail negative tests. */
    public static final class WrongException extends FakeImplementation {
        public WrongException() {
            super("fake-wrong-exception", Set.of("fixture"), r -> r.error().isEmpty() ? r
                    : new RunResult(r.outcome(), r.exitCode(), r.stdout(), r.stderr(), java.util.Optional.of(
                            new dev.pep734.tck.spi.PythonError("RuntimeError", "RuntimeError", r.error().get().message(),
                                    "")), r.elapsed()));
        }
    }

    /** Adds a stray line to stdout: must fail examples that show output. */
    public static final class ChattyOutput extends FakeImplementation {
        public ChattyOutput() {
            super("fake-chatty", Set.of("fixture"), r -> new RunResult(r.outcome(), r.exitCode(),
                    r.stdout() + "debug: leaked\n", r.stderr(), r.error(), r.elapsed()));
        }
    }

    /** Claims no profile: every test must be skipped, none failed. */
    public static final class ClaimsNothing extends FakeImplementation {
        public ClaimsNothing() {
            super("fake-claims-nothing", Set.of(), UnaryOperator.identity());
        }
    }

    /** Cannot start: every test that needs it must fail with the reason. */
    public static final class CannotStart extends FakeImplementation {
        public CannotStart() {
            super("fake-cannot-start", Set.of("fixture"), UnaryOperator.identity());
        }

        @Override
        public StartedImplementation start(ImplementationContext context) throws ImplementationException {
            throw new ImplementationException("no python at /nowhere/python3: install it or set pep734.tck.python");
        }
    }
}
