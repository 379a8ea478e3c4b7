package dev.pep734.tck.spec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the frontmatter of an assertion script: the first comment block delimited by {@code # ---} lines,
 * one {@code # key: value} a line (a line {@code #   more} continues the value before it). Only blank
 * lines, a {@code #!} line and other comments may come before it. See spec/README.md for the keys.
 */
final class AssertionHeaderParser {

    private static final Set<String> KEYS = Set.of("clause", "quote", "level", "features", "expect",
            "description", "timeout", "includes");
    // A harness file name: no directories, so an include cannot reach outside the harness directory.
    private static final Pattern INCLUDE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*\\.py");

    /** A parsed header with the line of each key (for issues found later, e.g. a quote not in its clause). */
    record Parsed(AssertionHeader header, int line, int clauseLine, List<Integer> quoteLines, int includesLine,
                  int featuresLine) {
    }

    private AssertionHeaderParser() {
    }

    static Optional<Parsed> parse(String source, IssueSink issues) {
        String[] lines = source.split("\\r?\\n", -1);
        int open = -1;
        for (int i = 0; i < lines.length && open < 0; i++) {
            String line = lines[i].strip();
            if (line.equals("# ---")) {
                open = i;
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                break;
            }
        }
        if (open < 0) {
            issues.error(1, "no header: an assertion script starts with a comment block delimited by '# ---' lines");
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        List<String> quotes = new ArrayList<>();
        List<Integer> quoteLines = new ArrayList<>();
        String last = null;
        int close = -1;
        for (int i = open + 1; i < lines.length && close < 0; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.equals("# ---")) {
                close = i;
            } else if (!line.startsWith("#")) {
                break;
            } else if (lines[i].startsWith("#   ") && last != null) {
                String more = line.substring(1).strip();
                if (last.equals("quote")) {
                    quotes.set(quotes.size() - 1, quotes.get(quotes.size() - 1) + " " + more);
                } else {
                    values.merge(last, more, (a, b) -> a + " " + b);
                }
            } else {
                last = keyValue(line.substring(1).strip(), number, values, keyLines, quotes, quoteLines, issues);
            }
        }
        if (close < 0) {
            issues.error(open + 1, "unterminated header: no closing '# ---' line");
            return Optional.empty();
        }
        int headerLine = open + 1;
        return header(values, keyLines, quotes, headerLine, issues)
                .map(h -> new Parsed(h, headerLine, keyLines.get("clause"), quoteLines,
                        keyLines.getOrDefault("includes", headerLine), keyLines.getOrDefault("features", headerLine)));
    }

    private static String keyValue(String entry, int number, Map<String, String> values, Map<String, Integer> keyLines,
                                   List<String> quotes, List<Integer> quoteLines, IssueSink issues) {
        int colon = entry.indexOf(':');
        if (colon <= 0) {
            issues.error(number, "header line is not 'key: value': " + entry);
            return null;
        }
        String key = entry.substring(0, colon).strip();
        String value = entry.substring(colon + 1).strip();
        if (!KEYS.contains(key)) {
            issues.warning(number, "unknown header key '" + key + "' (known: clause, quote, level, features, expect,"
                    + " description, timeout, includes)");
            return null;
        }
        if (key.equals("quote")) {
            quotes.add(value);
            quoteLines.add(number);
        } else if (values.containsKey(key)) {
            issues.error(number, "header key '" + key + "' given twice (first at line " + keyLines.get(key) + ")");
        } else {
            values.put(key, value);
            keyLines.put(key, number);
        }
        return key;
    }

    private static Optional<AssertionHeader> header(Map<String, String> values, Map<String, Integer> keyLines,
                                                    List<String> quotes, int line, IssueSink issues) {
        boolean ok = true;
        for (String required : List.of("clause", "level")) {
            if (values.getOrDefault(required, "").isEmpty()) {
                issues.error(line, "header lacks '" + required + "'");
                ok = false;
            }
        }
        Optional<Level> level = Level.parse(values.getOrDefault("level", ""));
        if (values.containsKey("level") && level.isEmpty()) {
            issues.error(keyLines.get("level"), "level must be must, should or may, not '" + values.get("level") + "'");
            ok = false;
        }
        Optional<Expectation> expect = expectation(values.getOrDefault("expect", "pass"));
        if (expect.isEmpty()) {
            issues.error(keyLines.get("expect"), "expect must be 'pass' or 'raises NAME', not '"
                    + values.get("expect") + "'");
            ok = false;
        }
        Optional<Duration> timeout = Optional.empty();
        if (values.containsKey("timeout")) {
            timeout = seconds(values.get("timeout"));
            if (timeout.isEmpty()) {
                issues.error(keyLines.get("timeout"), "timeout must be a positive number of seconds, not '"
                        + values.get("timeout") + "'");
                ok = false;
            }
        }
        List<String> includes = new ArrayList<>();
        for (String include : values.getOrDefault("includes", "").split(",")) {
            if (include.isBlank()) {
                continue;
            }
            if (!INCLUDE.matcher(include.strip()).matches() || includes.contains(include.strip())) {
                issues.error(keyLines.get("includes"), "includes must list distinct harness file names such as"
                        + " 'running.py', not '" + include.strip() + "'");
                ok = false;
            }
            includes.add(include.strip());
        }
        if (!ok) {
            return Optional.empty();
        }
        Set<String> features = new LinkedHashSet<>();
        for (String feature : values.getOrDefault("features", "").split(",")) {
            if (!feature.isBlank()) {
                features.add(feature.strip());
            }
        }
        return Optional.of(new AssertionHeader(values.get("clause"), quotes, level.get(), features, expect.get(),
                values.getOrDefault("description", ""), timeout, includes));
    }

    static Optional<Expectation> expectation(String text) {
        String s = text.strip();
        if (s.equals("pass")) {
            return Optional.of(Expectation.PASS);
        }
        if (s.startsWith("raises ")) {
            String name = s.substring("raises ".length()).strip();
            boolean identifier = !name.isEmpty() && name.chars().allMatch(c -> Character.isLetterOrDigit(c)
                    || c == '_' || c == '.') && !Character.isDigit(name.charAt(0));
            return identifier ? Optional.of(Expectation.raising(name)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Duration> seconds(String text) {
        try {
            double seconds = Double.parseDouble(text.strip());
            return seconds > 0 && seconds < 86_400 ? Optional.of(Duration.ofMillis(Math.round(seconds * 1000)))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
