package dev.pep734.reference.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.pep734.reference.runtime.ApiGeneration;
import dev.pep734.reference.runtime.PythonRuntime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

/**
 * Runs one reliability script as {@code __main__} of a fresh runtime, from a real file under
 * {@code target/reliability} (so subinterpreters can re-run it as {@code <fake __main__>}), with a hard
 * time limit: a hang closes the runtime and fails the test instead of stalling the build.
 *
 * <p>Scripts report their figures as lines {@code NAME key=value key=value ...}; {@link #figures} reads them.
 */
record GuestRun(int exitCode, boolean cancelled, String stdout, String stderr, Duration elapsed) {

    static GuestRun run(String name, String script, List<String> args, Duration limit) {
        return run(name, script, ApiGeneration.PEP734, args, limit, UnaryOperator.identity());
    }

    static GuestRun run(String name, String script, ApiGeneration generation, List<String> args, Duration limit) {
        return run(name, script, generation, args, limit, UnaryOperator.identity());
    }

    /** {@code tap} wraps the guest's stdout, to act on what the script prints while it runs. */
    static GuestRun run(String name, String script, ApiGeneration generation, List<String> args, Duration limit,
                        UnaryOperator<OutputStream> tap) {
        Path file = write(name, script);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PythonRuntime rt = PythonRuntime.builder().stdout(tap.apply(out)).stderr(err).stdin(InputStream.nullInputStream())
                .workingDirectory(file.getParent()).generation(generation).build();
        long t0 = System.nanoTime();
        CompletableFuture<dev.pep734.reference.runtime.RunOutcome> run =
                CompletableFuture.supplyAsync(() -> rt.runFile(file, args));
        try {
            var outcome = run.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return new GuestRun(outcome.exitCode(), outcome.cancelled(), text(out), text(err),
                    Duration.ofNanos(System.nanoTime() - t0));
        } catch (TimeoutException e) {
            rt.close();
            throw new AssertionError(name + " did not finish within " + limit + "; stdout:\n" + tail(text(out))
                    + "\nstderr:\n" + tail(text(err)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(name + " interrupted", e);
        } catch (ExecutionException e) {
            throw new AssertionError(name + " failed in the runtime", e.getCause());
        } finally {
            rt.close();
        }
    }

    /** The script under {@code target/reliability/}, written fresh for this run. */
    static Path write(String name, String script) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "reliability").toAbsolutePath());
            return Files.writeString(dir.resolve(name), script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with the script's output unless it exited 0. */
    GuestRun assertSucceeded() {
        assertEquals(0, exitCode, () -> "exit code " + exitCode + "; stdout:\n" + tail(stdout) + "\nstderr:\n" + tail(stderr));
        return this;
    }

    /** The {@code key=value} pairs of the last line that starts with {@code tag + " "}. */
    Map<String, String> figures(String tag) {
        String line = null;
        for (String l : stdout.split("\n")) {
            if (l.startsWith(tag + " ")) {
                line = l;
            }
        }
        assertNotNull(line, () -> "no " + tag + " line; stdout:\n" + tail(stdout) + "\nstderr:\n" + tail(stderr));
        Map<String, String> figures = new LinkedHashMap<>();
        for (String pair : line.substring(tag.length() + 1).trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            figures.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return figures;
    }

    static long asLong(Map<String, String> figures, String key) {
        String v = figures.get(key);
        assertNotNull(v, () -> "no figure " + key + " in " + figures);
        return Long.parseLong(v);
    }

    static String tail(String s) {
        return s.length() <= 4000 ? s : "..." + s.substring(s.length() - 4000);
    }

    private static String text(ByteArrayOutputStream bytes) {
        synchronized (bytes) {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    /** The time limit of a run: {@code -Dkey=seconds} (for a machine slower than the default assumes), else the default. */
    static Duration limit(String key, long defaultSeconds) {
        return Duration.ofSeconds(Long.getLong(key, defaultSeconds));
    }

    /** A size from {@code -Dkey=n}, else the default for {@code mvn verify}. */
    static long size(String key, long defaultValue) {
        return Long.getLong(key, defaultValue);
    }
}
