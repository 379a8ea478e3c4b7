package dev.pep734.tck.spec;

import dev.pep734.tck.spec.RstNode.BlockQuote;
import dev.pep734.tck.spec.RstNode.DoctestBlock;
import dev.pep734.tck.spec.RstNode.ListBlock;
import dev.pep734.tck.spec.RstNode.ListItem;
import dev.pep734.tck.spec.RstNode.LiteralBlock;
import dev.pep734.tck.spec.RstNode.Paragraph;
import dev.pep734.tck.spec.RstNode.Transition;
import dev.pep734.tck.spec.SourceText.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads body elements from lines whose base indentation is column 0 (nested blocks are dedented before
 * they are read). Every step consumes at least one line, so reading always ends; problems become issues.
 */
final class RstBlockParser {

    /** Deeper nesting is read as literal text, so hostile input cannot exhaust the stack. */
    static final int MAX_DEPTH = 32;

    private final IssueSink issues;
    private final int depth;

    RstBlockParser(IssueSink issues) {
        this(issues, 0);
    }

    private RstBlockParser(IssueSink issues, int depth) {
        this.issues = issues;
        this.depth = depth;
    }

    IssueSink issues() {
        return issues;
    }

    /** Parser for a nested block (directive content, list item, block quote). */
    RstBlockParser nested() {
        return new RstBlockParser(issues, depth + 1);
    }

    List<RstNode> parse(List<Line> lines) {
        List<RstNode> out = new ArrayList<>();
        if (depth > MAX_DEPTH) {
            int line = lines.isEmpty() ? 1 : lines.get(0).number();
            issues.error(line, "blocks nested deeper than " + MAX_DEPTH + " levels; read as literal text");
            out.add(new LiteralBlock(RstLines.join(lines), "", line));
            return out;
        }
        int i = 0;
        while (i < lines.size()) {
            int next = step(lines, i, out);
            i = Math.max(next, i + 1);
        }
        return out;
    }

    private int step(List<Line> lines, int i, List<RstNode> out) {
        Line line = lines.get(i);
        if (line.blank()) {
            return i + 1;
        }
        if (line.indent() > 0) {
            int end = RstLines.indentedEnd(lines, i);
            out.add(new BlockQuote(nested().parse(RstLines.dedent(lines, i, end)), line.number()));
            return end;
        }
        String text = line.text();
        if (text.startsWith("..") && (text.length() == 2 || text.charAt(2) == ' ')) {
            return new RstExplicitMarkup(this).read(lines, i, out);
        }
        int afterTitle = RstTitles.read(lines, i, out, depth == 0, issues);
        if (afterTitle > i) {
            return afterTitle;
        }
        if (RstLines.isAdornment(text) && text.stripTrailing().length() >= 4) {
            out.add(new Transition(line.number()));
            return i + 1;
        }
        if (RstTables.isGridBorder(text)) {
            return RstTables.grid(lines, i, out, issues);
        }
        if (RstTables.isSimpleBorder(text)) {
            return RstTables.simple(lines, i, out, issues);
        }
        if (text.startsWith(">>>")) {
            int end = i;
            while (end < lines.size() && !lines.get(end).blank()) {
                end++;
            }
            out.add(new DoctestBlock(RstLines.join(lines.subList(i, end)), line.number()));
            return end;
        }
        if (RstListMarkers.width(text, false) > 0) {
            return list(lines, i, out, false);
        }
        if (RstListMarkers.width(text, true) > 0) {
            return list(lines, i, out, true);
        }
        return paragraph(lines, i, out);
    }

    private int paragraph(List<Line> lines, int i, List<RstNode> out) {
        int j = i;
        while (j < lines.size() && !lines.get(j).blank() && lines.get(j).indent() == 0) {
            if (j > i && RstTitles.startsAt(lines, j)) {
                break;
            }
            if (j > i && lines.get(j).text().startsWith(".. ")) {
                // RST would read the line as more prose; it is almost always a lost blank line, so say so and
                // read the markup as markup.
                issues.error(lines.get(j).number(), "explicit markup inside a paragraph: a blank line is missing"
                        + " before '" + lines.get(j).text().stripTrailing() + "'");
                break;
            }
            j++;
        }
        String text = RstLines.join(lines.subList(i, j));
        int first = lines.get(i).number();
        if (!text.endsWith("::")) {
            out.add(new Paragraph(text, first));
            if (j < lines.size() && !lines.get(j).blank() && lines.get(j).indent() > 0 && j - i > 1) {
                issues.error(lines.get(j).number(), "unexpected indentation after a paragraph of several lines");
            }
            return j;
        }
        String intro = text.equals("::") ? ""
                : text.endsWith(" ::") ? text.substring(0, text.length() - 3).stripTrailing()
                : text.substring(0, text.length() - 1);
        if (!intro.isEmpty()) {
            out.add(new Paragraph(intro, first));
        }
        int k = j;
        while (k < lines.size() && lines.get(k).blank()) {
            k++;
        }
        if (k < lines.size() && lines.get(k).indent() > 0) {
            int end = RstLines.indentedEnd(lines, k);
            out.add(new LiteralBlock(RstLines.join(RstLines.dedent(lines, k, end)), intro, lines.get(k).number()));
            return end;
        }
        issues.warning(lines.get(j - 1).number(), "literal block expected after '::'; none found");
        return j;
    }

    private int list(List<Line> lines, int i, List<RstNode> out, boolean enumerated) {
        List<ListItem> items = new ArrayList<>();
        char bullet = lines.get(i).text().charAt(0);
        int j = i;
        while (j < lines.size()) {
            Line line = lines.get(j);
            int width = RstListMarkers.width(line.text(), enumerated);
            if (width == 0 || line.indent() > 0 || (!enumerated && line.text().charAt(0) != bullet)) {
                break;
            }
            int end = RstLines.indentedEnd(lines, j + 1);
            List<Line> body = new ArrayList<>();
            body.add(new Line(line.number(), line.text().substring(Math.min(width, line.text().length()))));
            body.addAll(RstLines.shift(lines, j + 1, end, width));
            items.add(new ListItem(nested().parse(body), line.number()));
            j = end;
            int k = j;
            while (k < lines.size() && lines.get(k).blank()) {
                k++;
            }
            if (k == j && j < lines.size() && !startsItem(lines.get(j), enumerated, bullet)) {
                issues.warning(lines.get(j).number(), (enumerated ? "enumerated" : "bullet")
                        + " list ends without a blank line; unexpected unindent");
            }
            if (k < lines.size() && startsItem(lines.get(k), enumerated, bullet)) {
                j = k;
            } else {
                break;
            }
        }
        out.add(new ListBlock(enumerated, items, lines.get(i).number()));
        return j;
    }

    private static boolean startsItem(Line line, boolean enumerated, char bullet) {
        return line.indent() == 0 && RstListMarkers.width(line.text(), enumerated) > 0
                && (enumerated || line.text().charAt(0) == bullet);
    }
}
