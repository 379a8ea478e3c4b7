package dev.pep734.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The report's Environment widget. (Its Executor widget is allure-maven's: it always writes
 * {@code executor.json} from its {@code executorInfo}, configured in this module's pom.)
 *
 * @param tckVersion the kit's version
 * @param implementations the implementations whose results are in the report ({@code id version})
 */
record Metadata(String tckVersion, List<String> implementations) {

    // The engine gives every leaf the parameter "implementation" (dev.pep734.tck.report.AllureWriter).
    private static final Pattern IMPLEMENTATION = Pattern.compile(
            "\\{\\s*\"name\"\\s*:\\s*\"implementation\"\\s*,\\s*\"value\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    // Only the TCK engine's results name implementations; the kit's own unit tests may carry fixture ones.
    private static final Pattern TCK_RESULT = Pattern.compile(
            "\\{\\s*\"name\"\\s*:\\s*\"junit\\.platform\\.uniqueid\"\\s*,"
                    + "\\s*\"value\"\\s*:\\s*\"\\[engine:pep734-tck\\]");

    Metadata {
        implementations = List.copyOf(implementations);
    }

    /** The implementation parameters of the TCK engine's result files in {@code results}, sorted. */
    static List<String> implementations(Path results) throws IOException {
        TreeSet<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().endsWith("-result.json")) {
                    String json = Files.readString(file, StandardCharsets.UTF_8);
                    if (!TCK_RESULT.matcher(json).find()) {
                        continue;
                    }
                    Matcher m = IMPLEMENTATION.matcher(json);
                    while (m.find()) {
                        found.add(m.group(1));
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    String environment() {
        return "java=" + escape(System.getProperty("java.vendor") + " " + System.getProperty("java.version")) + "\n"
                + "os=" + escape(System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch")) + "\n"
                + "tck.version=" + escape(tckVersion) + "\n"
                + "implementations=" + escape(implementations.isEmpty() ? "(none)" : String.join(", ", implementations))
                + "\n";
    }

    /** Properties-file escaping for values: backslashes and line breaks. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
