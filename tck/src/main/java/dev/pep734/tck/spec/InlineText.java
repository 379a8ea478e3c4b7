package dev.pep734.tck.spec;

/**
 * Inline markup read as plain text: {@code :func:`create`} reads as {@code create}, {@code ``True``} as
 * {@code True}, {@code *word*} as {@code word}, {@code `text <url>`_} as {@code text}. One left-to-right scan;
 * a search for a closing mark happens only when one exists further on (or, for emphasis, within a short
 * window), so the time stays linear in the text.
 */
final class InlineText {

    private static final int EMPHASIS_WINDOW = 200;

    private InlineText() {
    }

    /** The text without inline markup, whitespace collapsed to single spaces and stripped. */
    static String plain(String raw) {
        return normalize(strip(raw));
    }

    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String strip(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int lastDoubleTick = raw.lastIndexOf("``");
        int lastTick = raw.lastIndexOf('`');
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '`' && raw.startsWith("``", i) && i + 2 <= lastDoubleTick) {
                int close = raw.indexOf("``", i + 2);
                out.append(raw, i + 2, close);
                i = close + 2;
            } else if (c == '`' && i + 1 <= lastTick && raw.indexOf('`', i + 1) > i + 1) {
                int close = raw.indexOf('`', i + 1);
                out.append(interpreted(raw.substring(i + 1, close)));
                i = close + 1;
                while (i < raw.length() && raw.charAt(i) == '_') {
                    i++;
                }
            } else if (c == ':' && roleEnd(raw, i) > 0 && roleEnd(raw, i) < lastTick) {
                i = roleEnd(raw, i);
            } else if (c == '*' && opensEmphasis(raw, i)) {
                int width = raw.startsWith("**", i) ? 2 : 1;
                int close = closeEmphasis(raw, i + width, width);
                if (close < 0) {
                    out.append(raw, i, i + width);
                    i += width;
                } else {
                    out.append(raw, i + width, close);
                    i = close + width;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** For {@code :role:`}, the index of the backtick (the role name is dropped); otherwise -1. */
    private static int roleEnd(String raw, int colon) {
        if (colon > 0 && Character.isLetterOrDigit(raw.charAt(colon - 1))) {
            return -1;
        }
        int i = colon + 1;
        while (i < raw.length() && i - colon < 40) {
            char c = raw.charAt(i);
            if (c == ':' && i > colon + 1 && i + 1 < raw.length() && raw.charAt(i + 1) == '`') {
                return i + 1;
            }
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '+' || c == ':')) {
                return -1;
            }
            i++;
        }
        return -1;
    }

    /** The shown text of an interpreted role's content: title of {@code Title <target>}, no {@code !} or {@code ~}. */
    private static String interpreted(String content) {
        String text = content;
        int angle = text.lastIndexOf('<');
        if (text.endsWith(">") && angle > 0) {
            text = text.substring(0, angle).strip();
        }
        if (text.startsWith("!")) {
            text = text.substring(1);
        }
        if (text.startsWith("~")) {
            text = text.substring(text.lastIndexOf('.') + 1);
        }
        return text;
    }

    private static boolean opensEmphasis(String raw, int i) {
        int after = raw.startsWith("**", i) ? i + 2 : i + 1;
        boolean startOk = i == 0 || " (\"'\n".indexOf(raw.charAt(i - 1)) >= 0;
        return startOk && after < raw.length() && !Character.isWhitespace(raw.charAt(after)) && raw.charAt(after) != '*';
    }

    private static int closeEmphasis(String raw, int from, int width) {
        int limit = Math.min(raw.length(), from + EMPHASIS_WINDOW);
        for (int k = from + 1; k < limit; k++) {
            if (raw.charAt(k) == '*' && !Character.isWhitespace(raw.charAt(k - 1))
                    && (width == 1 || (k + 1 < raw.length() && raw.charAt(k + 1) == '*'))
                    && (k + width == raw.length() || " .,;:!?)\"'\n".indexOf(raw.charAt(k + width)) >= 0)) {
                return k;
            }
        }
        return -1;
    }
}
