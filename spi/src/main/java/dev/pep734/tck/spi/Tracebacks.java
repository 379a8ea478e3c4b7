package dev.pep734.tck.spi;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the uncaught exception back from what a Python process printed on stderr: for a provider that runs
 * each script in a process of its own, this gives the {@link RunResult#error()} the TCK compares
 * (see also {@link ProcessResults}, which uses it).
 *
 * <p>Python prints chained exceptions oldest first ("During handling of the above exception ..."), so the
 * exception that ended the script is the one under the <em>last</em> top-level traceback header. An
 * exception group is printed with a {@code "  + Exception Group Traceback"} header and {@code "  | "}
 * prefixed lines; its own line is the first unindented one inside that prefix, before the sub-exceptions.
 * The message runs from the exception line to the end of the traceback and may span lines (a message with
 * newlines, or notes); lines that Python's shutdown prints afterwards (warnings such as
 * {@code <sys>:0: RuntimeWarning: ...}) are not part of it. A script that does not compile is reported
 * without header, from its {@code File "...", line N} location.
 */
public final class Tracebacks {

    private static final String PLAIN_HEADER = "Traceback (most recent call last):";
    private static final String GROUP_HEADER = "  + Exception Group Traceback (most recent call last):";
    private static final String GROUP_PREFIX = "  | ";
    /** {@code module.QualName: message}, {@code QualName: message} or just {@code QualName}. */
    private static final Pattern EXCEPTION_LINE =
            Pattern.compile("([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_<>][A-Za-z0-9_<>]*)*)(?:: (.*))?");
    /** A warning printed by the shutdown after the traceback: {@code file:line: Category: text}. */
    private static final Pattern WARNING_LINE = Pattern.compile("\\S.*:\\d+: [A-Za-z_]\\w*(Warning|Error): .*");

    /** Lines that introduce a traceback Python printed without ending the script. */
    private static final Pattern NOT_UNCAUGHT = Pattern.compile("(Exception in thread .*|Exception ignored .*)");

    private Tracebacks() {
    }

    /**
     * The exception that ended the script, when {@code stderr} holds a Python traceback of it; empty when the
     * last traceback belongs to a thread or finalizer (Python printed it and went on) or there is none.
     */
    public static Optional<PythonError> uncaught(String stderr) {
        List<String> lines = stderr.lines().toList();
        int start = lastIndex(lines, l -> l.equals(PLAIN_HEADER) || l.equals(GROUP_HEADER));
        if (start > 0 && NOT_UNCAUGHT.matcher(lines.get(start - 1)).matches()) {
            // The last traceback belongs to a thread or to a finalizer; the script itself ended otherwise.
            return Optional.empty();
        }
        if (start >= 0) {
            return lines.get(start).equals(GROUP_HEADER) ? parseGroup(lines, start) : parsePlain(lines, start);
        }
        // A script that does not compile gets no header, only its location: '  File "x.py", line 1'.
        int location = lastIndex(lines, l -> l.startsWith("  File \""));
        return location < 0 ? Optional.empty() : parsePlain(lines, location);
    }

    private static int lastIndex(List<String> lines, Predicate<String> test) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (test.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<PythonError> parsePlain(List<String> lines, int header) {
        for (int i = header + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || Character.isWhitespace(line.charAt(0))) {
                continue; // a frame, its source line or a caret line
            }
            int end = i + 1;
            while (end < lines.size() && !WARNING_LINE.matcher(lines.get(end)).matches()) {
                end++;
            }
            return error(lines.subList(i, end), String.join("\n", lines.subList(header, end)));
        }
        return Optional.empty();
    }

    private static Optional<PythonError> parseGroup(List<String> lines, int header) {
        for (int i = header + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith(GROUP_PREFIX)) {
                return Optional.empty();
            }
            String content = line.substring(GROUP_PREFIX.length());
            if (content.isEmpty() || Character.isWhitespace(content.charAt(0))) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && lines.get(end).startsWith(GROUP_PREFIX)) {
                end++;
            }
            List<String> message = lines.subList(i, end).stream().map(l -> l.substring(GROUP_PREFIX.length())).toList();
            int last = end;
            while (last < lines.size() && !WARNING_LINE.matcher(lines.get(last)).matches()) {
                last++;
            }
            return error(message, String.join("\n", lines.subList(header, last)));
        }
        return Optional.empty();
    }

    private static Optional<PythonError> error(List<String> exceptionLines, String traceback) {
        Matcher m = EXCEPTION_LINE.matcher(exceptionLines.get(0));
        if (!m.matches()) {
            return Optional.empty();
        }
        String qualified = m.group(1);
        String first = m.group(2) == null ? "" : m.group(2);
        StringBuilder message = new StringBuilder(first);
        for (String more : exceptionLines.subList(1, exceptionLines.size())) {
            message.append('\n').append(more);
        }
        String typeName = qualified.substring(qualified.lastIndexOf('.') + 1);
        return Optional.of(new PythonError(typeName, qualified, message.toString().stripTrailing(), traceback));
    }
}
