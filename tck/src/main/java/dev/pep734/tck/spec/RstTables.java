package dev.pep734.tck.spec;

import dev.pep734.tck.spec.RstNode.Table;
import dev.pep734.tck.spec.SourceText.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * Grid tables ({@code +---+} borders, {@code |} cells) and simple tables ({@code ===  ===} borders). Cells
 * are read by the columns of the top border; a spanning cell lands in the column where it starts, and a
 * line-block bar ({@code | text}) inside a cell is dropped from its text.
 */
final class RstTables {

    private RstTables() {
    }

    static boolean isGridBorder(String text) {
        String s = text.stripTrailing();
        if (s.length() < 3 || s.charAt(0) != '+' || s.charAt(s.length() - 1) != '+'
                || (s.charAt(1) != '-' && s.charAt(1) != '=')) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if ("+-=".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isSimpleBorder(String text) {
        String s = text.stripTrailing();
        if (s.isEmpty() || s.charAt(0) != '=') {
            return false;
        }
        return columns(s).size() >= 2 && s.chars().allMatch(c -> c == '=' || c == ' ');
    }

    static int grid(List<Line> lines, int i, List<RstNode> out, IssueSink issues) {
        String top = lines.get(i).text().stripTrailing();
        List<Integer> bars = new ArrayList<>();
        for (int k = 0; k < top.length(); k++) {
            if (top.charAt(k) == '+') {
                bars.add(k);
            }
        }
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).blank()
                && (lines.get(end).text().startsWith("+") || lines.get(end).text().startsWith("|"))) {
            end++;
        }
        int first = lines.get(i).number();
        if (end - i < 2 || !isGridBorder(lines.get(end - 1).text())) {
            issues.error(first, "unterminated grid table: no closing border after line " + lines.get(end - 1).number());
        }
        boolean reported = false;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        List<StringBuilder> cells = null;
        int headerRows = 0;
        for (int k = i + 1; k < end; k++) {
            String text = lines.get(k).text().stripTrailing();
            if (text.length() != top.length() && !reported) {
                issues.error(lines.get(k).number(), "malformed grid table: line is " + text.length()
                        + " characters wide, the top border " + top.length());
                reported = true;
            }
            if (text.startsWith("+")) {
                if (cells != null) {
                    rows.add(cells.stream().map(b -> b.toString().strip()).toList());
                    cells = null;
                }
                if (text.indexOf('=') >= 0 && headerRows == 0) {
                    headerRows = rows.size();
                }
                continue;
            }
            if (cells == null) {
                rowLines.add(lines.get(k).number());
                cells = new ArrayList<>();
                for (int c = 0; c + 1 < bars.size(); c++) {
                    cells.add(new StringBuilder());
                }
            }
            for (int c = 0; c + 1 < bars.size(); c++) {
                int from = Math.min(bars.get(c) + 1, text.length());
                int to = Math.min(bars.get(c + 1), text.length());
                String part = cellLine(text.substring(from, Math.max(from, to)));
                if (!part.isEmpty()) {
                    cells.get(c).append(cells.get(c).length() == 0 ? "" : "\n").append(part);
                }
            }
        }
        if (cells != null) {
            rows.add(cells.stream().map(b -> b.toString().strip()).toList());
        }
        out.add(new Table(rows, rowLines, headerRows, first));
        return end;
    }

    /** One line of a cell, without the bar of a line block ({@code | text}). */
    private static String cellLine(String part) {
        String s = part.strip();
        if (s.equals("|")) {
            return "";
        }
        return s.startsWith("| ") ? s.substring(2).strip() : s;
    }

    static int simple(List<Line> lines, int i, List<RstNode> out, IssueSink issues) {
        String top = lines.get(i).text().stripTrailing();
        List<int[]> cols = columns(top);
        int close = -1;
        List<Integer> borders = new ArrayList<>();
        for (int k = i + 1; k < lines.size() && close < 0; k++) {
            if (isSimpleBorder(lines.get(k).text())) {
                borders.add(k);
                if (k + 1 == lines.size() || lines.get(k + 1).blank()) {
                    close = k;
                }
            }
        }
        int end = close + 1;
        if (close < 0) {
            issues.error(lines.get(i).number(), "unterminated simple table: no closing '=' border");
            end = i + 1;
            while (end < lines.size() && !lines.get(end).blank()) {
                end++;
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        int headerRows = 0;
        for (int k = i + 1; k < end; k++) {
            Line line = lines.get(k);
            if (borders.contains(k)) {
                if (k != close && headerRows == 0) {
                    headerRows = rows.size();
                }
                continue;
            }
            if (line.blank() || RstLines.isAdornment(line.text().strip())) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < cols.size(); c++) {
                int from = Math.min(cols.get(c)[0], line.text().length());
                int to = c + 1 < cols.size() ? Math.min(cols.get(c + 1)[0], line.text().length()) : line.text().length();
                cells.add(line.text().substring(from, Math.max(from, to)).strip());
            }
            boolean continuation = !rows.isEmpty() && cells.get(0).isEmpty();
            if (continuation) {
                List<String> previous = new ArrayList<>(rows.remove(rows.size() - 1));
                for (int c = 0; c < cells.size(); c++) {
                    previous.set(c, (previous.get(c) + "\n" + cells.get(c)).strip());
                }
                cells = previous;
            } else {
                rowLines.add(line.number());
            }
            rows.add(cells);
        }
        out.add(new Table(rows, rowLines, headerRows, lines.get(i).number()));
        return end;
    }

    /** The [start, end) column ranges of the runs of {@code =} in a simple-table border. */
    private static List<int[]> columns(String border) {
        List<int[]> cols = new ArrayList<>();
        int k = 0;
        while (k < border.length()) {
            if (border.charAt(k) == '=') {
                int start = k;
                while (k < border.length() && border.charAt(k) == '=') {
                    k++;
                }
                cols.add(new int[] {start, k});
            } else {
                k++;
            }
        }
        return cols;
    }
}
