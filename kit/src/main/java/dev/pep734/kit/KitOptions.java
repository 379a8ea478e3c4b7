package dev.pep734.kit;

import dev.pep734.tck.certificate.Shard;
import dev.pep734.tck.engine.Constants;
import dev.pep734.tck.process.ProcessImplementation;
import dev.pep734.tck.spi.ModuleAliases;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The command line of a run, checked before anything starts: every bad value is a usage error that names it.
 *
 * @param help whether {@code --help} was given
 * @param python the executable to certify (an absolute path)
 * @param out where everything is written
 * @param configuration the engine's {@code pep734.tck.*} keys the options stand for
 */
record KitOptions(boolean help, Path python, Path out, Map<String, String> configuration) {

    static final String USAGE = """
            usage: java -jar pep734-tck.jar --python PATH [options]
                   java -jar pep734-tck.jar verify [--require-conformant] CERTIFICATE.json...

              --python PATH          the python executable to certify (required)
              --id ID                the id the run gives it (certificate, folder); default its sys.implementation.name
              --name NAME            its display name; default platform.python_implementation()
              --profiles P,...       the profiles it claims; default: concurrent.interpreters-3.14,
                                     concurrent.interpreters-3.14.3 and howto when concurrent.interpreters
                                     imports, else none
              --modules A=T,...      module names to map in every interpreter (e.g. interpreters=mypkg.interpreters)
              --expectations FILE    known failures, one '<test id> : <reason>' a line (a run with any is not conformant)
              --shard K/N            run the K-th of N disjoint parts of the tests (for CI fleets)
              --out DIR              where results go (default ./pep734-tck-results)
              --parallelism N        scripts run at once (default: processors, at most 4)
              --timeout SECONDS      time budget of one script (default 60)
              --set KEY=VALUE        any other pep734.tck.* key (e.g. pep734.tck.seed=42)
              --help                 this text

            exit status: 0 conformant, 1 not conformant, 2 usage error""";

    /** A bad command line; the message names what is wrong. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** What one option does with its value; its name is its key in {@link #OPTIONS}, the only list of them. */
    @FunctionalInterface
    private interface Option {
        void apply(Parsing run, String option, String value) throws UsageException;
    }

    /** What the options gathered so far. */
    private static final class Parsing {
        final Map<String, String> config = new LinkedHashMap<>();
        Path python;
        Path out = Path.of("pep734-tck-results");
    }

    private static final Map<String, Option> OPTIONS = Map.ofEntries(
            Map.entry("--python", (run, option, value) -> run.python = executable(value)),
            Map.entry("--id", (run, option, value) -> run.config.put(ProcessImplementation.RUN_ID_KEY, id(value))),
            Map.entry("--name", (run, option, value) ->
                    run.config.put(ProcessImplementation.RUN_NAME_KEY, nonBlank(option, value))),
            Map.entry("--profiles", (run, option, value) -> run.config.put(Constants.PROFILES, profiles(value))),
            Map.entry("--modules", (run, option, value) -> run.config.put(Constants.MODULES,
                    checked(option, value, v -> ModuleAliases.parse(v).toString()))),
            Map.entry("--expectations", (run, option, value) ->
                    run.config.put(Constants.EXPECTATIONS, readable(option, value).toString())),
            Map.entry("--shard", (run, option, value) ->
                    run.config.put(Constants.SHARD, checked(option, value, v -> Shard.parse(v).toString()))),
            Map.entry("--out", (run, option, value) -> run.out = Path.of(value).toAbsolutePath()),
            Map.entry("--parallelism", (run, option, value) ->
                    run.config.put(Constants.PARALLELISM, positive(option, value))),
            Map.entry("--timeout", (run, option, value) -> run.config.put(Constants.TIMEOUT, nonBlank(option, value))),
            Map.entry("--set", (run, option, value) -> set(run.config, value)));

    static KitOptions parse(String[] args) throws UsageException {
        Parsing run = new Parsing();
        run.config.put(Constants.PARALLELISM, String.valueOf(Math.min(4, Runtime.getRuntime().availableProcessors())));
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return new KitOptions(true, null, run.out, Map.of());
            }
            if (!option.startsWith("--")) {
                throw new UsageException("unexpected argument '" + option + "'");
            }
            Option known = OPTIONS.get(option);
            if (known == null) {
                throw new UsageException("unknown option " + option);
            }
            if (i + 1 >= args.length) {
                throw new UsageException(option + " needs a value");
            }
            known.apply(run, option, args[++i]);
        }
        if (run.python == null) {
            throw new UsageException("--python PATH is required: the python executable to certify");
        }
        run.config.put(Constants.IMPLEMENTATION, ProcessImplementation.ID);
        run.config.put(Constants.PYTHON, run.python.toString());
        run.config.put(Constants.WORKDIR, run.out.toAbsolutePath().toString());
        return new KitOptions(false, run.python, run.out.toAbsolutePath(), Map.copyOf(run.config));
    }

    /** An executable file, or a bare name found on the PATH. */
    private static Path executable(String value) throws UsageException {
        Path given = Path.of(value);
        List<Path> candidates = new ArrayList<>();
        if (value.contains(File.separator)) {
            candidates.add(given);
        } else {
            for (String dir : Optional.ofNullable(System.getenv("PATH")).orElse("").split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    candidates.add(Path.of(dir, value));
                }
            }
        }
        for (Path c : candidates) {
            if (Files.isRegularFile(c) && Files.isExecutable(c)) {
                return c.toAbsolutePath();
            }
        }
        throw new UsageException("--python " + value + ": " + (value.contains(File.separator)
                ? (Files.exists(given) ? "not an executable file" : "does not exist") : "not found on the PATH"));
    }

    private static String id(String value) throws UsageException {
        if (!value.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new UsageException("--id '" + value + "': use letters, digits, '.', '_' and '-' (it names a folder)");
        }
        return value;
    }

    private static String nonBlank(String option, String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException(option + " must not be empty");
        }
        return value;
    }

    /** Comma-separated ids of the spec's profiles ({@code pep734/spec/profiles.txt} in the kit). */
    private static String profiles(String value) throws UsageException {
        List<String> known = knownProfiles();
        List<String> given = new ArrayList<>();
        for (String p : value.split(",")) {
            String id = p.strip();
            if (!id.isEmpty() && !known.contains(id)) {
                throw new UsageException("--profiles: '" + id + "' is not a profile of this kit; known: " + known);
            }
            if (!id.isEmpty()) {
                given.add(id);
            }
        }
        return String.join(",", given);
    }

    private static List<String> knownProfiles() {
        try (InputStream in = KitOptions.class.getClassLoader().getResourceAsStream("pep734/spec/profiles.txt")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The value as the kit's own reader normalises it; what that reader refuses is a usage error. */
    private static String checked(String option, String value, UnaryOperator<String> reader) throws UsageException {
        try {
            return reader.apply(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    private static Path readable(String option, String value) throws UsageException {
        Path file = Path.of(value).toAbsolutePath();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UsageException(option + " " + value + ": no readable file there");
        }
        return file;
    }

    private static String positive(String option, String value) throws UsageException {
        try {
            if (Integer.parseInt(value.strip()) >= 1) {
                return value.strip();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " '" + value + "': want a whole number of at least 1");
    }

    private static void set(Map<String, String> config, String pair) throws UsageException {
        int eq = pair.indexOf('=');
        String key = eq < 0 ? pair : pair.substring(0, eq).strip();
        if (eq < 0 || !key.startsWith(Constants.PREFIX)) {
            throw new UsageException("--set '" + pair + "': want " + Constants.PREFIX + "KEY=VALUE");
        }
        config.put(key, pair.substring(eq + 1).strip());
    }
}
