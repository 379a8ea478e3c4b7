package dev.pep734.bench;

import dev.pep734.reference.launcher.ReferenceBuild;
import dev.pep734.reference.runtime.PythonRuntime;
import dev.pep734.reference.runtime.RunOutcome;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.graalvm.polyglot.Engine;

/**
 * The reference implementation in this JVM: each script runs in a fresh {@link PythonRuntime}, as the reference
 * TCK runs it. Memory probes read this JVM's heap (after a full collection) and resident size while the script
 * is paused inside its probe's {@code print}.
 */
final class ReferenceSide implements PythonSide {

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public String describe() {
        ReferenceBuild build = ReferenceBuild.current();
        return ReferenceBuild.NAME + " " + build.version() + " (" + build.runtime() + ", Truffle runtime: "
                + truffleRuntime() + "; " + jvmSwitches() + ")";
    }

    /** What changes the reference's figures besides its code: the JIT tiers, the context pool and the engine. */
    private static String jvmSwitches() {
        List<String> args = ManagementFactory.getRuntimeMXBean().getInputArguments();
        String tiers = args.contains("-XX:TieredStopAtLevel=1") ? "C1 only" : "tiered C1+C2";
        return "HotSpot " + tiers + ", context pool " + System.getProperty("pep734.reference.pool", "2") + " up to "
                + System.getProperty("pep734.reference.pool.max", "8")
                + ", engine " + System.getProperty("pep734.reference.engine", "shared");
    }

    /** "Interpreted" on a stock JDK without the Graal compiler; the optimizing runtime's name when the JIT is on. */
    private static String truffleRuntime() {
        try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build()) {
            return engine.getImplementationName();
        }
    }

    @Override
    public ScriptResult run(Path script, List<String> arguments) {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        List<ProbeReading> probes = Collections.synchronizedList(new ArrayList<>());
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        LineSink out = new LineSink(line -> {
            String label = Probes.label(line);
            if (label != null) {
                probes.add(new ProbeReading(label, Probes.heapAfterGc(), Probes.residentBytes("self")));
            }
            lines.add(line);
        });
        RunOutcome outcome;
        try (PythonRuntime python = PythonRuntime.builder().stdout(out).stderr(errors).stdin(new Newlines())
                .workingDirectory(script.getParent()).build()) {
            outcome = python.runFile(script, arguments);
        }
        out.close();
        return new ScriptResult(lines, probes, outcome.exitCode(), errors.toString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        // Every runtime is closed after its script.
    }

    /** Standard input that answers every probe at once: the measurement was already taken inside print(). */
    private static final class Newlines extends InputStream {
        @Override
        public int read() {
            return '\n';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            buffer[offset] = '\n';
            return 1;
        }
    }
}
