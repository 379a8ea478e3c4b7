package dev.pep734.tck.spec;

import dev.pep734.tck.spec.RstNode.Paragraph;
import dev.pep734.tck.spec.RstNode.Title;
import dev.pep734.tck.spec.SourceText.Line;
import java.util.List;

/** Section titles: text with an underline, or with an overline and an underline of the same character. */
final class RstTitles {

    private RstTitles() {
    }

    /** Whether line {@code i} is a title's text with an underline below it. */
    static boolean startsAt(List<Line> lines, int i) {
        if (i + 1 >= lines.size() || lines.get(i).blank() || lines.get(i).indent() > 0) {
            return false;
        }
        String title = lines.get(i).text().strip();
        String under = lines.get(i + 1).text().stripTrailing();
        return !RstLines.isAdornment(title) && RstLines.isAdornment(under)
                && (under.length() >= 4 || under.length() >= title.length());
    }

    /**
     * Reads a title at line {@code i} into {@code out}; returns the index after it, or {@code i} when there is
     * no title. Outside the top level a title is an error and is read as a paragraph.
     */
    static int read(List<Line> lines, int i, List<RstNode> out, boolean topLevel, IssueSink issues) {
        String first = lines.get(i).text().stripTrailing();
        if (RstLines.isAdornment(first) && i + 1 < lines.size() && !lines.get(i + 1).blank()
                && !RstLines.isAdornment(lines.get(i + 1).text().strip())) {
            return overlined(lines, i, out, topLevel, issues);
        }
        if (!startsAt(lines, i)) {
            return i;
        }
        String under = lines.get(i + 1).text().stripTrailing();
        String text = first.strip();
        int line = lines.get(i).number();
        if (under.length() < text.length()) {
            issues.warning(line, "title underline too short: " + under.length() + " characters under a title of "
                    + text.length());
        }
        add(out, new Title(text, under.charAt(0), false, line), topLevel, issues);
        return i + 2;
    }

    private static int overlined(List<Line> lines, int i, List<RstNode> out, boolean topLevel, IssueSink issues) {
        String over = lines.get(i).text().stripTrailing();
        int line = lines.get(i).number();
        if (over.length() < 4) {
            return i;
        }
        String text = lines.get(i + 1).text().strip();
        String under = i + 2 < lines.size() ? lines.get(i + 2).text().stripTrailing() : "";
        if (!RstLines.isAdornment(under)) {
            issues.error(line, "title overline without a matching underline (line " + (line + 2) + ")");
            return i + 1;
        }
        if (under.charAt(0) != over.charAt(0)) {
            issues.error(line, "inconsistent title adornment: overline '" + over.charAt(0) + "' and underline '"
                    + under.charAt(0) + "' differ");
        } else if (under.length() != over.length()) {
            issues.error(line, "inconsistent title adornment: overline of " + over.length()
                    + " characters, underline of " + under.length());
        }
        if (over.length() < text.length()) {
            issues.warning(line, "title overline too short: " + over.length() + " characters over a title of "
                    + text.length());
        }
        add(out, new Title(text, over.charAt(0), true, lines.get(i + 1).number()), topLevel, issues);
        return i + 3;
    }

    private static void add(List<RstNode> out, Title title, boolean topLevel, IssueSink issues) {
        if (topLevel) {
            out.add(title);
        } else {
            issues.error(title.line(), "section title inside an indented block or directive; read as a paragraph");
            out.add(new Paragraph(title.text(), title.line()));
        }
    }
}
