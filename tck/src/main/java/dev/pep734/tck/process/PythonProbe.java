package dev.pep734.tck.process;

import dev.pep734.tck.spi.ImplementationException;
import dev.pep734.tck.spi.ImplementationInfo;
import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.RunResult;
import dev.pep734.tck.spi.ScriptRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Asks a Python executable what it is, by running the shipped {@code probe.py} once. */
final class PythonProbe {

    static final String PROFILE_3_14 = "concurrent.interpreters-3.14";
    /** The same module as CPython 3.14.3 documents it as released: any runtime with the module claims both. */
    static final String PROFILE_3_14_3 = "concurrent.interpreters-3.14.3";
    /** The HOWTO's examples run as corrected for the module as shipped, so it goes with the 3.14 module. */
    static final String PROFILE_HOWTO = "howto";
    private static final String PREFIX = "pep734-probe ";
    /** Generous: a JVM-based launcher may take seconds to start. */
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private PythonProbe() {
    }

    /**
     * @param claimed the {@code pep734.tck.profiles} setting, when given it replaces the detected profile
     */
    static ImplementationInfo describe(String id, PythonCommand command, Path workDirectory,
                                       Optional<String> claimed) throws ImplementationException {
        Map<String, String> answers = ask(command, workDirectory);
        String implementation = answers.get("implementation");
        String vendor = "cpython".equals(implementation) ? "Python Software Foundation" : implementation;
        String runtime = command.executable() + " (" + answers.get("sys_version") + ")";
        Set<String> profiles = claimed
                .map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet()))
                .orElseGet(() -> "yes".equals(answers.get("concurrent_interpreters"))
                        ? Set.of(PROFILE_3_14, PROFILE_3_14_3, PROFILE_HOWTO)
                        : Set.of());
        return new ImplementationInfo(id.isBlank() ? implementation : id, answers.get("name"), answers.get("version"),
                vendor, runtime, profiles);
    }

    private static Map<String, String> ask(PythonCommand command, Path workDirectory) throws ImplementationException {
        Path script = writeProbe(workDirectory);
        ProcessSession session = new ProcessSession(command, OutputCollector.DEFAULT_LIMIT);
        RunResult result;
        try (session) {
            result = session.run(ScriptRun.of(script, TIMEOUT));
        }
        Map<String, String> answers = new HashMap<>();
        result.stdout().lines().filter(l -> l.startsWith(PREFIX)).map(l -> l.substring(PREFIX.length()))
                .forEach(l -> {
                    int eq = l.indexOf('=');
                    if (eq > 0) {
                        answers.put(l.substring(0, eq), l.substring(eq + 1));
                    }
                });
        if (result.outcome() != Outcome.PASSED || !answers.keySet().containsAll(
                Set.of("implementation", "name", "version", "sys_version", "concurrent_interpreters"))) {
            throw new ImplementationException(command.executable() + " does not behave like a Python: running "
                    + "a probe script with it ended " + result.outcome() + " (exit status " + result.exitCode()
                    + ") without the expected answers. Set pep734.tck.python to a python executable.\nstdout: "
                    + abbreviate(result.stdout()) + "\nstderr: " + abbreviate(result.stderr()));
        }
        return answers;
    }

    private static Path writeProbe(Path workDirectory) throws ImplementationException {
        try (InputStream in = PythonProbe.class.getResourceAsStream("probe.py")) {
            if (in == null) {
                throw new ImplementationException("the TCK jar lacks dev/pep734/tck/process/probe.py");
            }
            Path dir = Files.createDirectories(workDirectory.resolve("probe"));
            Path script = Files.createTempFile(dir, "probe-", ".py");
            Files.write(script, in.readAllBytes());
            return script;
        } catch (IOException e) {
            throw new ImplementationException("cannot write the probe script under " + workDirectory + ": "
                    + e.getMessage(), e);
        }
    }

    private static String abbreviate(String text) {
        String t = text.strip();
        return t.isEmpty() ? "(nothing)" : t.length() > 2000 ? t.substring(0, 2000) + " ..." : t;
    }
}
