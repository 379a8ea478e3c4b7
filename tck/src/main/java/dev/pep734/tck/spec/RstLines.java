package dev.pep734.tck.spec;

import dev.pep734.tck.spec.SourceText.Line;
import java.util.ArrayList;
import java.util.List;

/** Line-level helpers of the reStructuredText reader. All scans are single passes, no regular expressions. */
final class RstLines {

    /** Characters docutils accepts for section adornments and transitions. */
    private static final String ADORNMENTS = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private RstLines() {
    }

    /** A line made of one repeated adornment character (e.g. {@code ------}); {@code ::} is a literal marker. */
    static boolean isAdornment(String text) {
        String s = text.stripTrailing();
        if (s.isEmpty() || s.charAt(0) == ' ' || ADORNMENTS.indexOf(s.charAt(0)) < 0 || s.equals("::")) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) != s.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The end (exclusive) of the indented block that starts at {@code from}: every following line that is
     * blank or indented, without the trailing blank lines.
     */
    static int indentedEnd(List<Line> lines, int from) {
        int end = from;
        for (int i = from; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            if (line.indent() == 0) {
                break;
            }
            end = i + 1;
        }
        return end;
    }

    /** The lines {@code [from, to)} shifted left by their smallest indentation. */
    static List<Line> dedent(List<Line> lines, int from, int to) {
        int min = Integer.MAX_VALUE;
        for (int i = from; i < to; i++) {
            if (!lines.get(i).blank()) {
                min = Math.min(min, lines.get(i).indent());
            }
        }
        return shift(lines, from, to, min == Integer.MAX_VALUE ? 0 : min);
    }

    /** The lines {@code [from, to)} shifted left by {@code by} columns (less where a line has less indentation). */
    static List<Line> shift(List<Line> lines, int from, int to, int by) {
        List<Line> out = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            Line line = lines.get(i);
            int cut = Math.min(by, line.indent());
            out.add(new Line(line.number(), line.blank() ? "" : line.text().substring(cut)));
        }
        return out;
    }

    /** Raw text of lines, joined by newlines, trailing blank lines removed. */
    static String join(List<Line> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).blank()) {
            end--;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < end; i++) {
            if (i > 0) {
                text.append('\n');
            }
            text.append(lines.get(i).text().stripTrailing());
        }
        return text.toString();
    }
}
