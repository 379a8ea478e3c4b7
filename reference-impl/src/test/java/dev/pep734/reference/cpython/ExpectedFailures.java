package dev.pep734.reference.cpython;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tests of CPython's suite that do not pass on the implementation, each with the reason, read from
 * {@code expected-failures.txt}. Lines are {@code <test id> : <cause> : <why>}; {@code #} starts a comment.
 * Only the causes below may excuse a test: everything about concurrent.interpreters itself must pass.
 */
final class ExpectedFailures {

    /** Why a test may not pass. */
    enum Cause {
        /**
         * It needs an internal module or function of CPython (_testinternalcapi, _testcapi, _thread._get_name,
         * os.fork): its failure must name one of them, so a test listed for this cause that fails earlier, for
         * another reason, is not excused. (A skip's reason is the test's own: GraalPy words a missing _testcapi
         * as "JEP 454 is not included ...".)
         */
        INTERNALS("internals"),
        /** It needs a part of 3.14's standard library outside PEP 734 (the runtime's stdlib is 3.12). */
        STDLIB_314("stdlib-3.14"),
        /** CPython 3.14.3 skips it too (an unconditional skip, a resource or memory it needs): must be a skip here. */
        SKIPPED_ON_CPYTHON("skipped-on-cpython"),
        /**
         * A limit of GraalPy itself, shown by a measurement and written down (reference-impl/docs/cpython-suite.md):
         * no reference counts, a builtins namespace that cannot be pickled, no caret lines in tracebacks, ...
         */
        GRAALPY_LIMIT("graalpy-limit");

        private final String word;

        Cause(String word) {
            this.word = word;
        }

        String word() {
            return word;
        }

        static Cause parse(String word) {
            return Arrays.stream(values()).filter(c -> c.word.equals(word)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown cause '" + word + "': expected one of "
                            + Arrays.stream(values()).map(Cause::word).toList()));
        }
    }

    /** One listed test. */
    record Entry(String id, Cause cause, String why, int line) {
    }

    /** What a test that needs CPython internals fails or is skipped on: one of these is named in its detail. */
    static final List<String> INTERNAL_NAMES = List.of("_testinternalcapi", "_testcapi", "_get_name", "fork");

    private final Map<String, Entry> entries;

    private ExpectedFailures(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static ExpectedFailures read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    /** Parses the lines of the file; a malformed or repeated line is an error that names its line. */
    static ExpectedFailures parse(List<String> lines, String source) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" : ", 3);
            String where = source + ":" + (i + 1) + ": ";
            if (parts.length != 3 || parts[0].isBlank() || parts[2].isBlank()) {
                throw new IllegalArgumentException(where + "expected '<test id> : <cause> : <why>', got: " + line);
            }
            Cause cause;
            try {
                cause = Cause.parse(parts[1].strip().toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
            String id = parts[0].strip();
            if (entries.put(id, new Entry(id, cause, parts[2].strip(), i + 1)) != null) {
                throw new IllegalArgumentException(where + "listed twice: " + id);
            }
        }
        return new ExpectedFailures(entries);
    }

    Collection<Entry> entries() {
        return entries.values();
    }

    /**
     * What is wrong with a run against this list: a test that did not pass and is not listed, a listed test that
     * passed or is not in the suite (stale entries), a test listed as skipped by CPython that did something else.
     */
    List<String> problems(Collection<TestResult> results) {
        List<String> problems = new ArrayList<>();
        Map<String, TestResult> byId = new LinkedHashMap<>();
        results.forEach(r -> byId.put(r.id(), r));
        for (TestResult r : results) {
            Entry entry = entries.get(r.id());
            if (entry == null) {
                if (r.outcome() != Outcome.PASS) {
                    problems.add("unexpected " + r.outcome().word() + ": " + r.id() + ": " + r.summary());
                }
            } else if (r.outcome() == Outcome.PASS) {
                problems.add("stale entry (line " + entry.line() + "), the test passes now: remove it: " + r.id());
            } else if (entry.cause() == Cause.SKIPPED_ON_CPYTHON && r.outcome() != Outcome.SKIP) {
                problems.add("listed as skipped (line " + entry.line() + ") but it ended with " + r.outcome().word()
                        + ": " + r.id() + ": " + r.summary());
            } else if (entry.cause() == Cause.INTERNALS && r.outcome() != Outcome.SKIP
                    && INTERNAL_NAMES.stream().noneMatch(r.detail()::contains)) {
                problems.add("listed as needing CPython internals (line " + entry.line() + ") but its " + r.outcome()
                        .word() + " names none of " + INTERNAL_NAMES + ": " + r.id() + ": " + r.summary());
            }
        }
        for (Entry entry : entries.values()) {
            if (!byId.containsKey(entry.id())) {
                problems.add("stale entry (line " + entry.line() + "), no such test in the run: " + entry.id());
            }
        }
        return problems;
    }
}
