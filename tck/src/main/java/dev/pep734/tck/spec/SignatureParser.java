package dev.pep734.tck.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a documented signature such as {@code exec(code, /, dedent=True)},
 * {@code call(callable, /, *args, **kwargs)} or {@code list_all() -> [Interpreter]} into a name, the
 * signature text and {@link Parameter}s. Annotations and a return annotation are dropped; what follows the
 * closing parenthesis other than {@code -> ...} is reported as trailing text.
 */
final class SignatureParser {

    /** @param trailing text after the parameters that is neither blank nor a return annotation */
    record Parsed(String name, String signature, List<Parameter> parameters, String trailing) {
    }

    /** The default of a parameter documented as optional with {@code [x]}, which shows no value. */
    static final String OPTIONAL = "<optional>";

    private SignatureParser() {
    }

    static Parsed parse(String text) {
        String s = text.strip();
        int open = s.indexOf('(');
        if (open < 0) {
            int arrow = s.indexOf("->");
            return new Parsed((arrow < 0 ? s : s.substring(0, arrow)).strip(), "", List.of(), "");
        }
        int close = matching(s, open);
        String name = s.substring(0, open).strip();
        if (close < 0) {
            return new Parsed(name, s.substring(open), parameters(s.substring(open + 1)), "(unclosed)");
        }
        String after = s.substring(close + 1).strip();
        String trailing = after.isEmpty() || after.startsWith("->") ? "" : after;
        return new Parsed(name, s.substring(open, close + 1), parameters(s.substring(open + 1, close)), trailing);
    }

    private static int matching(String s, int open) {
        return scan(s, open, (i, c, depth) -> isClosing(c) && depth == 0);
    }

    static List<Parameter> parameters(String inner) {
        List<Parameter> params = new ArrayList<>();
        boolean keywordOnly = false;
        for (String part : splitTopLevel(inner)) {
            String p = part.strip();
            // [x]: the optional-argument notation of older documents, read as a parameter with a default.
            boolean optional = p.length() >= 2 && p.startsWith("[") && p.endsWith("]");
            p = optional ? p.substring(1, p.length() - 1).strip() : p;
            if (p.isEmpty()) {
                continue;
            }
            if (p.equals("/")) {
                params.replaceAll(q -> q.kind() == Parameter.Kind.POSITIONAL_OR_KEYWORD
                        ? new Parameter(q.name(), Parameter.Kind.POSITIONAL_ONLY, q.defaultValue()) : q);
                continue;
            }
            if (p.equals("*")) {
                keywordOnly = true;
                continue;
            }
            String defaultValue = optional ? OPTIONAL : null;
            int eq = topLevelEquals(p);
            if (eq >= 0) {
                defaultValue = p.substring(eq + 1).strip();
                p = p.substring(0, eq).strip();
            }
            int colon = p.indexOf(':');
            if (colon >= 0) {
                p = p.substring(0, colon).strip();
            }
            if (p.startsWith("**")) {
                params.add(new Parameter(p.substring(2), Parameter.Kind.VAR_KEYWORD, null));
            } else if (p.startsWith("*")) {
                params.add(new Parameter(p.substring(1), Parameter.Kind.VAR_POSITIONAL, null));
                keywordOnly = true;
            } else {
                params.add(new Parameter(p, keywordOnly ? Parameter.Kind.KEYWORD_ONLY
                        : Parameter.Kind.POSITIONAL_OR_KEYWORD, defaultValue));
            }
        }
        return params;
    }

    private static int topLevelEquals(String p) {
        return scan(p, 0, (i, c, depth) -> c == '=' && depth == 0);
    }

    private static List<String> splitTopLevel(String inner) {
        List<String> parts = new ArrayList<>();
        int[] start = {0};
        scan(inner, 0, (i, c, depth) -> {
            if (c == ',' && depth == 0) {
                parts.add(inner.substring(start[0], i));
                start[0] = i + 1;
            }
            return false;
        });
        parts.add(inner.substring(start[0]));
        return parts;
    }

    /** Looks at one character outside quotes, with the bracket depth after it; true stops the scan. */
    private interface Visit {
        boolean stop(int index, char c, int depth);
    }

    /**
     * The one walk over signature text that the three readers above share: quoted text (a default such as
     * {@code sep=','}) is skipped, brackets of every kind nest. Returns where {@code visit} stopped, or -1.
     */
    private static int scan(String s, int from, Visit visit) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (isClosing(c)) {
                depth--;
            }
            if (visit.stop(i, c, depth)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isClosing(char c) {
        return c == ')' || c == ']' || c == '}';
    }
}
