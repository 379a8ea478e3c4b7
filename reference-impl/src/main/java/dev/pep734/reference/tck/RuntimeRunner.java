package dev.pep734.reference.tck;

import dev.pep734.reference.runtime.ApiGeneration;
import dev.pep734.reference.runtime.PythonRuntime;
import dev.pep734.reference.runtime.RunOutcome;
import dev.pep734.tck.spi.ScriptRun;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The real runner: a fresh {@link PythonRuntime} per script, so nothing leaks from one run to the next, serving
 * the API generation of the profile the script tests (3.14 for none, or a profile it does not know).
 */
final class RuntimeRunner implements ScriptRunner {

    @Override
    public Prepared prepare(ScriptRun request, OutputStream stdout, OutputStream stderr) {
        PythonRuntime python = PythonRuntime.builder()
                // A script that reads stdin sees its end, as under the process adapter's closed stdin.
                .stdin(new ByteArrayInputStream(new byte[0]))
                .stdout(stdout)
                .stderr(stderr)
                .workingDirectory(request.workingDirectory().toAbsolutePath())
                .generation(generation(request.profile()))
                .build();
        return new RuntimeRun(python, request.script().toAbsolutePath(), request.arguments());
    }

    static ApiGeneration generation(String profile) {
        return ApiGeneration.forProfile(profile).orElse(ApiGeneration.PEP734);
    }

    private record RuntimeRun(PythonRuntime python, Path script, List<String> arguments) implements Prepared {

        @Override
        public RunOutcome run() {
            return python.runFile(script, arguments);
        }

        @Override
        public void close() {
            python.close();
        }
    }
}
