package dev.pep734.tck.spec;

/**
 * List item markers: bullets {@code * - +} and enumerators {@code 1.} {@code 1)} {@code (1)} {@code #.}
 * (arabic numbers and {@code #} only; letters and roman numerals are not in the documents' subset).
 */
final class RstListMarkers {

    private RstListMarkers() {
    }

    /** The column where the item's text starts, or 0 when the line does not start a list item. */
    static int width(String text, boolean enumerated) {
        int end = enumerated ? enumeratorEnd(text) : bulletEnd(text);
        if (end == 0) {
            return 0;
        }
        if (end == text.length()) {
            return end + 1;
        }
        if (text.charAt(end) != ' ') {
            return 0;
        }
        int content = end;
        while (content < text.length() && text.charAt(content) == ' ') {
            content++;
        }
        return content == text.length() ? end + 1 : content;
    }

    private static int bulletEnd(String text) {
        return !text.isEmpty() && "*-+".indexOf(text.charAt(0)) >= 0 ? 1 : 0;
    }

    private static int enumeratorEnd(String text) {
        int i = 0;
        boolean paren = text.startsWith("(");
        if (paren) {
            i++;
        }
        int digits = i;
        if (i < text.length() && text.charAt(i) == '#') {
            i++;
        } else {
            while (i < text.length() && i - digits < 9 && Character.isDigit(text.charAt(i))
                    && text.charAt(i) < 128) {
                i++;
            }
        }
        if (i == digits || i >= text.length()) {
            return 0;
        }
        char close = text.charAt(i);
        if (paren ? close == ')' : (close == '.' || close == ')')) {
            return i + 1;
        }
        return 0;
    }
}
