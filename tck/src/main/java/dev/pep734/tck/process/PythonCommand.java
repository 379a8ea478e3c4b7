package dev.pep734.tck.process;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * How to start the Python under test: the executable and the whole environment of its processes.
 *
 * @param executable an executable file
 * @param environment the complete environment (not added to the parent's)
 */
record PythonCommand(Path executable, Map<String, String> environment) {

    PythonCommand {
        environment = Map.copyOf(environment);
    }

    /**
     * The parent's environment without any {@code PYTHON*} variable (a developer's PYTHONPATH or
     * PYTHONSTARTUP must not change what is tested), plus settings that make runs reproducible: no
     * bytecode files beside the scripts, UTF-8 standard streams, unbuffered output so nothing is lost when
     * a run is killed, and no colours in tracebacks so they can be parsed.
     *
     * @param extra set last, e.g. a PYTHONPATH for the kit's self-tests
     */
    static PythonCommand of(Path executable, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        System.getenv().forEach((key, value) -> {
            if (!key.startsWith("PYTHON") && !key.equals("FORCE_COLOR")) {
                env.put(key, value);
            }
        });
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        env.put("PYTHONIOENCODING", "utf-8");
        env.put("PYTHONUNBUFFERED", "1");
        env.put("PYTHON_COLORS", "0");
        env.putAll(extra);
        return new PythonCommand(executable, env);
    }
}
