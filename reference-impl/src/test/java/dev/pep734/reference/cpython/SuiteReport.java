package dev.pep734.reference.cpython;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one process of {@code run_suite.py} reported so far, read from its report file line by line (the format is
 * described in that script). Lines arrive while the process runs, so the last one may be incomplete: only
 * complete lines are fed in.
 */
final class SuiteReport {
    private final Set<String> plan = new LinkedHashSet<>();
    private final Map<String, TestResult> ended = new LinkedHashMap<>();
    private final List<String> fixtureFailures = new ArrayList<>();
    private String running;
    private boolean done;

    /** Reads one complete line of the report. */
    void accept(String line) {
        String[] fields = line.split("\t", -1);
        for (int i = 0; i < fields.length; i++) {
            fields[i] = unescape(fields[i]);
        }
        switch (fields[0]) {
            case "PLAN" -> plan.add(field(fields, 1, line));
            case "START" -> running = field(fields, 1, line);
            case "END" -> {
                String id = field(fields, 1, line);
                ended.put(id, new TestResult(id, Outcome.parse(field(fields, 2, line)),
                        Double.parseDouble(field(fields, 3, line)), field(fields, 4, line)));
                running = null;
            }
            case "FIXTURE" -> fixtureFailures.add(field(fields, 1, line) + ": " + field(fields, 2, line));
            case "DONE" -> done = true;
            default -> throw new IllegalArgumentException("unknown report line: " + line);
        }
    }

    private static String field(String[] fields, int index, String line) {
        if (index >= fields.length) {
            throw new IllegalArgumentException("report line with too few fields: " + line);
        }
        return fields[index];
    }

    /** Undoes run_suite.py's escaping of backslash, tab, CR and newline. */
    static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            out.append(switch (next) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> next;
            });
        }
        return out.toString();
    }

    /** Every test the process planned to run, in order. */
    Set<String> plan() {
        return plan;
    }

    Map<String, TestResult> ended() {
        return ended;
    }

    /** The test that started and has not ended yet. */
    Optional<String> running() {
        return Optional.ofNullable(running);
    }

    /** Class or module fixtures that failed (their tests never start), and modules that did not import. */
    List<String> fixtureFailures() {
        return fixtureFailures;
    }

    /** Whether the process reached the end of its run. */
    boolean done() {
        return done;
    }
}
