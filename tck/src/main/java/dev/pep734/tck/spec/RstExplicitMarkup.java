package dev.pep734.tck.spec;

import dev.pep734.tck.spec.RstNode.Comment;
import dev.pep734.tck.spec.RstNode.Directive;
import dev.pep734.tck.spec.RstNode.Target;
import dev.pep734.tck.spec.SourceText.Line;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Explicit markup blocks starting with {@code ..}: directives ({@code .. name:: argument}, then
 * {@code :field:} options and an indented body), hyperlink targets ({@code .. _label:}) and comments
 * (everything else, e.g. {@code .. XXX ...}).
 */
final class RstExplicitMarkup {

    /** Directives whose body is code or data, not RST: kept as raw text. */
    private static final Set<String> RAW_BODY = Set.of("code-block", "code", "sourcecode", "doctest", "testcode",
            "testoutput", "testsetup", "literalinclude", "raw", "math", "productionlist", "highlight", "parsed-literal");

    private final RstBlockParser parser;
    private final IssueSink issues;

    RstExplicitMarkup(RstBlockParser parser) {
        this.parser = parser;
        this.issues = parser.issues();
    }

    int read(List<Line> lines, int i, List<RstNode> out) {
        Line line = lines.get(i);
        String rest = line.text().length() > 3 ? line.text().substring(3).strip() : "";
        int end = RstLines.indentedEnd(lines, i + 1);
        int nameEnd = directiveNameEnd(rest);
        boolean unindented = end < lines.size() && !lines.get(end).blank() && !lines.get(end).text().startsWith("..");
        if (nameEnd > 0) {
            String name = rest.substring(0, nameEnd);
            if (unindented) {
                issues.error(lines.get(end).number(), "body of directive '" + name + "' (line " + line.number()
                        + ") is not indented, or the directive lacks a blank line after it");
            }
            out.add(directive(name, rest.substring(nameEnd + 2).strip(), lines, i, end));
            return end;
        }
        if (unindented) {
            issues.warning(lines.get(end).number(), "explicit markup (line " + line.number()
                    + ") ends without a blank line; unexpected unindent");
        }
        if (rest.startsWith("_") && !rest.startsWith("__")) {
            String label = targetLabel(rest);
            if (label != null) {
                out.add(new Target(label, line.number()));
                return end;
            }
            issues.warning(line.number(), "malformed hyperlink target (no ':' after the label): " + rest);
        }
        StringBuilder text = new StringBuilder(rest);
        String body = RstLines.join(RstLines.dedent(lines, i + 1, end));
        if (!body.isEmpty()) {
            text.append(text.length() == 0 ? "" : "\n").append(body);
        }
        out.add(new Comment(text.toString(), line.number()));
        return end;
    }

    private Directive directive(String name, String argument, List<Line> lines, int i, int end) {
        List<Line> body = RstLines.dedent(lines, i + 1, end);
        Map<String, String> options = new LinkedHashMap<>();
        int k = 0;
        while (k < body.size() && !body.get(k).blank() && body.get(k).indent() == 0
                && body.get(k).text().startsWith(":")) {
            String option = body.get(k).text();
            int close = option.indexOf(':', 1);
            if (close < 2) {
                break;
            }
            options.put(option.substring(1, close), option.substring(close + 1).strip());
            k++;
        }
        while (k < body.size() && body.get(k).blank()) {
            k++;
        }
        List<Line> content = body.subList(k, body.size());
        checkIndentation(name, content);
        String raw = RstLines.join(RstLines.dedent(content, 0, content.size()));
        List<RstNode> children = RAW_BODY.contains(name) ? List.of()
                : parser.nested().parse(RstLines.dedent(content, 0, content.size()));
        int contentLine = content.isEmpty() ? lines.get(i).number() : content.get(0).number();
        return new Directive(name, argument, options, children, raw, lines.get(i).number(), contentLine);
    }

    /** A body line indented less than the body's first line means the indentation was damaged. */
    private void checkIndentation(String name, List<Line> content) {
        int first = -1;
        for (Line line : content) {
            if (line.blank()) {
                continue;
            }
            if (first < 0) {
                first = line.indent();
            } else if (line.indent() < first) {
                issues.error(line.number(), "inconsistent indentation in the body of directive '" + name
                        + "': this line is indented " + (first - line.indent()) + " columns less than the first");
                return;
            }
        }
    }

    /** Index of the {@code ::} after a directive name, or -1 when {@code rest} is not a directive. */
    private static int directiveNameEnd(String rest) {
        int i = 0;
        while (i < rest.length()) {
            char c = rest.charAt(i);
            if (c == ':' && i + 1 < rest.length() && rest.charAt(i + 1) == ':') {
                boolean ends = i + 2 == rest.length() || rest.charAt(i + 2) == ' ';
                return i > 0 && ends ? i : -1;
            }
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == '.' || c == '+')) {
                return -1;
            }
            i++;
        }
        return -1;
    }

    /** The label of {@code _label:} or {@code _`label`:}, or null when malformed. */
    private static String targetLabel(String rest) {
        if (rest.startsWith("_`")) {
            int close = rest.indexOf("`:", 2);
            return close > 2 ? rest.substring(2, close) : null;
        }
        for (int i = 1; i < rest.length(); i++) {
            if (rest.charAt(i) == ':' && (i + 1 == rest.length() || rest.charAt(i + 1) == ' ')) {
                return i > 1 ? rest.substring(1, i) : null;
            }
        }
        return null;
    }
}
