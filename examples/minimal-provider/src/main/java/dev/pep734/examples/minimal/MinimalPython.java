package dev.pep734.examples.minimal;

import dev.pep734.tck.spi.ImplementationContext;
import dev.pep734.tck.spi.ImplementationInfo;
import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.ProcessResults;
import dev.pep734.tck.spi.PythonImplementation;
import dev.pep734.tck.spi.RunResult;
import dev.pep734.tck.spi.ScriptRun;
import dev.pep734.tck.spi.Session;
import dev.pep734.tck.spi.StartedImplementation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The smallest complete TCK provider: each script runs as {@code python SCRIPT} in a new process. The python is
 * {@code pep734.tck.python} (this module's pom points it at CPython 3.14.3), else {@code python3} on the PATH.
 * How the process ended becomes a result through the SPI's {@link ProcessResults} (exit status, uncaught
 * exception read from the traceback, crash); only a timeout is this provider's to report.
 */
public final class MinimalPython implements PythonImplementation {

    @Override
    public String id() {
        return "minimal";
    }

    @Override
    public StartedImplementation start(ImplementationContext context) {
        String python = context.get("pep734.tck.python").orElse("python3");
        ImplementationInfo info = new ImplementationInfo(id(), "Minimal example provider", "1.0", "the PEP 734 TCK",
                python, Set.of("concurrent.interpreters-3.14"));
        return new StartedImplementation() {
            public ImplementationInfo info() {
                return info;
            }

            public Session openSession() {
                return new Session() {
                    private volatile Process running;

                    public RunResult run(ScriptRun r) {
                        long start = System.nanoTime();
                        try {
                            Path out = Files.createTempFile("minimal", ".out"), err = Files.createTempFile("minimal", ".err");
                            List<String> command = new ArrayList<>(List.of(python, r.script().toString()));
                            command.addAll(r.arguments());
                            running = new ProcessBuilder(command).directory(r.workingDirectory().toFile())
                                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                            boolean ended = running.waitFor(r.timeout().toMillis(), TimeUnit.MILLISECONDS);
                            running.destroyForcibly().waitFor();
                            Duration took = Duration.ofNanos(System.nanoTime() - start);
                            String stdout = Files.readString(out), stderr = Files.readString(err);
                            Files.delete(out);
                            Files.delete(err);
                            return ended ? ProcessResults.classify(running.exitValue(), stdout, stderr, took)
                                    : RunResult.aborted(Outcome.TIMED_OUT, "timed out", stdout, stderr, took);
                        } catch (IOException | InterruptedException e) {
                            return RunResult.aborted(Outcome.CRASHED, e.toString(), "", "", Duration.ZERO);
                        }
                    }

                    public boolean isUsable() {
                        return true;
                    }

                    public void close() {
                        Process p = running;
                        if (p != null) {
                            p.destroyForcibly();
                        }
                    }
                };
            }

            public void close() {
            }
        };
    }
}
