package dev.pep734.tck.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Doctest-style output comparison: trailing whitespace per line and trailing blank lines do not count. */
final class OutputDiff {

    private static final int MAX_LINES = 300;

    private OutputDiff() {
    }

    static String normalise(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            lines.add(line.stripTrailing());
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines);
    }

    /** A line diff ({@code -} expected, {@code +} actual, two-space context) of two normalised texts. */
    static String diff(String expected, String actual) {
        List<String> a = Arrays.asList(expected.split("\n", -1));
        List<String> b = Arrays.asList(actual.split("\n", -1));
        if (a.size() > MAX_LINES || b.size() > MAX_LINES) {
            return "(output too long for a line diff: " + a.size() + " expected lines, " + b.size() + " actual)";
        }
        // Longest common subsequence table, then walk it to print the edit script.
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                out.append("  ").append(a.get(i++)).append('\n');
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.append("- ").append(a.get(i++)).append('\n');
            } else {
                out.append("+ ").append(b.get(j++)).append('\n');
            }
        }
        return out.toString();
    }
}
