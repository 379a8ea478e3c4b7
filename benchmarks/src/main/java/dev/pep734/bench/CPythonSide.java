package dev.pep734.bench;

import dev.pep734.tck.process.ProcessImplementation;
import dev.pep734.tck.spi.ImplementationContext;
import dev.pep734.tck.spi.ImplementationException;
import dev.pep734.tck.spi.ImplementationInfo;
import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.RunResult;
import dev.pep734.tck.spi.ScriptRun;
import dev.pep734.tck.spi.Session;
import dev.pep734.tck.spi.StartedImplementation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CPython (or any {@code python} given with {@code pep734.tck.python}) as a process per script. The executable is
 * found exactly as the TCK's process adapter finds it (the bundled CPython 3.14.3 is unpacked under the work
 * directory), then asked for {@code sys.executable}. At a probe the script waits on its stdin while this side
 * reads the process's resident size.
 */
final class CPythonSide implements PythonSide {

    private final Path executable;
    private final String description;

    private CPythonSide(Path executable, String description) {
        this.executable = executable;
        this.description = description;
    }

    /** @param python the {@code pep734.tck.python} value, empty for the bundled CPython */
    static CPythonSide start(String python, Path workDirectory) throws ImplementationException, IOException {
        Map<String, String> config = python.isBlank() ? Map.of() : Map.of(ProcessImplementation.PYTHON_KEY, python);
        try (StartedImplementation started = new ProcessImplementation()
                .start(new ImplementationContext(config, workDirectory))) {
            ImplementationInfo info = started.info();
            Path ask = workDirectory.resolve("which_python.py");
            Files.createDirectories(workDirectory);
            Files.writeString(ask, "import sys\nprint(sys.executable)\n");
            try (Session session = started.openSession()) {
                RunResult result = session.run(ScriptRun.of(ask, Duration.ofSeconds(60)));
                if (result.outcome() != Outcome.PASSED) {
                    throw new ImplementationException("cannot ask " + info.runtime() + " for sys.executable: "
                            + result.stderr());
                }
                return new CPythonSide(Path.of(result.stdout().strip()),
                        info.name() + " " + info.version() + " (" + info.runtime() + ")");
            }
        }
    }

    @Override
    public String name() {
        return "cpython";
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public ScriptResult run(Path script, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), script.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(script.getParent().toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("PYTHON"));
        builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Path errors = Files.createTempFile(script.getParent(), "stderr", ".txt");
        builder.redirectError(errors.toFile());
        Process process = builder.start();
        String pid = Long.toString(process.pid());
        List<String> lines = new ArrayList<>();
        List<ProbeReading> probes = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream in = process.getOutputStream()) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                String label = Probes.label(line);
                if (label != null) {
                    probes.add(new ProbeReading(label, -1, Probes.residentBytes(pid)));
                    in.write('\n');
                    in.flush();
                }
                lines.add(line);
            }
        }
        int exit = process.waitFor();
        String stderr = Files.readString(errors, StandardCharsets.UTF_8);
        Files.deleteIfExists(errors);
        return new ScriptResult(lines, probes, exit, stderr);
    }

    @Override
    public void close() {
        // Nothing is kept between scripts.
    }
}
