package dev.pep734.tck.spec;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Generates hostile spec input from a seed: reStructuredText documents built from the constructs the reader
 * knows (titles, directives with signatures and options, literal blocks, grid and simple tables, lists,
 * comments, roles) in random, often inconsistent shapes, and assertion-script headers; then damages their
 * bytes. Deterministic for a seed, so a failing input replays.
 */
final class FuzzInputs {
    private static final String[] ADORN = {"=", "-", "~", "^", "*", "#", "+", "`", ":", "'", "\""};
    private static final String[] DIRECTIVES = {"function", "class", "method", "attribute", "exception", "data",
        "module", "note", "warning", "code-block", "literalinclude", "versionadded", "seealso", "index", "toctree",
        "unknown-thing", "table", "list-table", "csv-table", "deprecated", ""};
    private static final String[] WORDS = {"Interpreter", "close", "must", "should", "may", "queue", "raises",
        "InterpreterError", "``code``", ":func:`create`", ":class:`Queue`", "*emph*", "**strong**", "`link <x>`_",
        "e.g.", "i.e.", "...", "::", "|sub|", "[1]_", "\u00e9t\u00e9", "\u2028", "\t", "\\", "-->", "(", ")", "[", "]"};
    private static final String[] HEADER_KEYS = {"clause", "quote", "level", "features", "expect", "description",
        "timeout", "unknown", "", "clause ", " level", "QUOTE"};
    private static final String[] HEADER_VALUES = {"api:Interpreter.close", "must", "should", "may", "MUST", "never",
        "pass", "raises ValueError", "raises 1x", "raises", "raises a.b.C", "queues, lifecycle", "2.5", "-1", "1e9",
        "NaN", "0", "Infinity", "x".repeat(300), ":", "# ---", "\u00e9", ""};
    private static final byte[][] BAD_BYTES = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82}, {0},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {'\r'}};

    private final Random random;

    FuzzInputs(long seed) {
        this.random = new Random(seed);
    }

    /** A generated document, damaged in about half of the cases. */
    byte[] document() {
        StringBuilder s = new StringBuilder();
        int blocks = 1 + random.nextInt(25);
        for (int i = 0; i < blocks; i++) {
            block(s, random.nextInt(3) == 0 ? indent() : "", 0);
        }
        return maybeDamage(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A generated assertion-script header (with some code after it), damaged in about half of the cases. */
    String header() {
        StringBuilder s = new StringBuilder();
        if (random.nextInt(4) == 0) {
            s.append("#!/usr/bin/env python3\n");
        }
        // A valid header most of the time, then 0-3 edits: the parser must read the good ones and refuse the rest.
        java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of("# ---",
                "# clause: api:Interpreter.close", "# quote: Close the interpreter.", "#   It is gone.",
                "# level: " + pick("must", "should", "may"), "# features: lifecycle, queues",
                "# expect: " + pick("pass", "raises ValueError", "raises concurrent.interpreters.InterpreterError"),
                "# timeout: " + pick("2.5", "30"), "# description: closes", "# ---"));
        int edits = random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> lines.set(at, "# " + pick(HEADER_KEYS) + pick(":", ": ", " : ", "::", "") + pick(HEADER_VALUES));
                case 3 -> lines.set(at, "#   " + pick(HEADER_VALUES));
                case 4 -> lines.add(at, pick(HEADER_VALUES));
                default -> lines.set(at, lines.get(at).replace(":", pick("", "::", " : ")));
            }
        }
        for (String line : lines) {
            s.append(line).append(newline());
        }
        s.append("from concurrent import interpreters\n");
        byte[] bytes = maybeDamage(s.toString().getBytes(StandardCharsets.UTF_8));
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private void block(StringBuilder s, String indent, int depth) {
        switch (random.nextInt(depth > 3 ? 6 : 9)) {
            case 0 -> title(s);
            case 1 -> paragraph(s, indent);
            case 2 -> literal(s, indent);
            case 3 -> gridTable(s, indent);
            case 4 -> simpleTable(s, indent);
            case 5 -> s.append(indent).append(pick("..", ".. _anchor:", ".. comment", ".. |sub| replace:: x"))
                    .append('\n').append(indent).append("   ").append(words(5)).append("\n\n");
            default -> directive(s, indent, depth);
        }
    }

    private void title(StringBuilder s) {
        String text = words(1 + random.nextInt(5));
        String mark = pick(ADORN);
        int length = Math.max(0, text.length() + random.nextInt(7) - 3);
        boolean over = random.nextBoolean();
        if (over) {
            s.append(mark.repeat(length)).append('\n');
        }
        s.append(text).append('\n').append((random.nextInt(6) == 0 ? pick(ADORN) : mark).repeat(length)).append("\n\n");
    }

    private void paragraph(StringBuilder s, String indent) {
        int lines = 1 + random.nextInt(4);
        String bullet = pick("", "", "* ", "- ", "1. ", "#. ", "(a) ", "| ", ">>> ", "term\n" + indent + "   ");
        s.append(indent).append(bullet);
        for (int i = 0; i < lines; i++) {
            s.append(words(3 + random.nextInt(8))).append('\n').append(i + 1 < lines ? indent : "");
        }
        s.append(random.nextBoolean() ? "\n" : "");
    }

    private void literal(StringBuilder s, String indent) {
        s.append(indent).append(words(3)).append("::\n\n");
        int lines = 1 + random.nextInt(6);
        for (int i = 0; i < lines; i++) {
            s.append(indent).append(pick("    ", "   ", "  ", "\t", "")).append(pick(">>> ", "... ", "", ""))
                    .append(words(3)).append('\n');
        }
        s.append('\n');
    }

    private void directive(StringBuilder s, String indent, int depth) {
        s.append(indent).append(pick(".. ", "..", ".. ")).append(pick(DIRECTIVES)).append(pick("::", ":: ", ":", " ::"));
        s.append(' ').append(signature()).append('\n');
        String inner = indent + pick("   ", "    ", "  ", "\t");
        int options = random.nextInt(3);
        for (int i = 0; i < options; i++) {
            s.append(inner).append(pick(":module:", ":noindex:", ":type: int", ":synopsis: x", ":", "::")).append('\n');
        }
        s.append(random.nextBoolean() ? "\n" : "");
        int body = random.nextInt(4);
        for (int i = 0; i < body; i++) {
            block(s, inner, depth + 1);
        }
    }

    private String signature() {
        String name = pick("create", "Interpreter.exec", "Queue", "f", "", "a.b.c", "x" .repeat(random.nextInt(50)));
        StringBuilder params = new StringBuilder();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            params.append(pick("x", "/", "*", "**kw", "*args", "timeout=None", "maxsize=0", "[x]", "[, y]", "(",
                    ")", "=", "'a,b'", "\"(\"", "cb=lambda: 1", "...")).append(pick(", ", ",", " "));
        }
        return name + pick("(", "(", "[", "") + params + pick(")", ")", "", "))", ") -> int", "]");
    }

    private void gridTable(StringBuilder s, String indent) {
        int cols = 1 + random.nextInt(4);
        int[] widths = new int[cols];
        StringBuilder border = new StringBuilder("+");
        for (int c = 0; c < cols; c++) {
            widths[c] = 1 + random.nextInt(12);
            border.append("-".repeat(widths[c])).append('+');
        }
        int rows = 1 + random.nextInt(4);
        s.append(indent).append(border).append('\n');
        for (int r = 0; r < rows; r++) {
            s.append(indent).append('|');
            for (int c = 0; c < cols; c++) {
                String cell = words(1);
                cell = cell.length() > widths[c] ? cell.substring(0, widths[c]) : cell;
                s.append(cell).append(" ".repeat(Math.max(0, widths[c] - cell.length() + random.nextInt(3) - 1)))
                        .append(pick("|", "|", "|", "+", " "));
            }
            s.append('\n').append(indent).append(random.nextInt(5) == 0 ? border.toString().replace('-', '=') : border)
                    .append('\n');
        }
        s.append('\n');
    }

    private void simpleTable(StringBuilder s, String indent) {
        int cols = 1 + random.nextInt(4);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < cols; c++) {
            rule.append("=".repeat(1 + random.nextInt(10))).append(pick("  ", " ", "   "));
        }
        s.append(indent).append(rule.toString().stripTrailing()).append('\n');
        int rows = 1 + random.nextInt(4);
        for (int r = 0; r < rows; r++) {
            s.append(indent).append(words(cols + random.nextInt(2))).append('\n');
        }
        s.append(indent).append(random.nextInt(4) == 0 ? "" : rule.toString().stripTrailing()).append("\n\n");
    }

    private byte[] maybeDamage(byte[] bytes) {
        if (random.nextBoolean() || bytes.length == 0) {
            return bytes;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int at = random.nextInt(bytes.length);
        switch (random.nextInt(5)) {
            case 0 -> { // truncate
                out.write(bytes, 0, at);
            }
            case 1 -> { // bad bytes
                out.write(bytes, 0, at);
                out.writeBytes(BAD_BYTES[random.nextInt(BAD_BYTES.length)]);
                out.write(bytes, at, bytes.length - at);
            }
            case 2 -> { // repeat a chunk many times (size blow-up)
                int len = Math.min(bytes.length - at, 1 + random.nextInt(40));
                out.write(bytes, 0, at);
                for (int i = 0; i < 1 + random.nextInt(200); i++) {
                    out.write(bytes, at, len);
                }
                out.write(bytes, at, bytes.length - at);
            }
            case 3 -> { // flip bits
                byte[] copy = bytes.clone();
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
                }
                out.writeBytes(copy);
            }
            default -> { // line endings and tabs
                out.writeBytes(new String(bytes, StandardCharsets.ISO_8859_1).replace("\n", pick("\r\n", "\r", "\n\t"))
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        return out.toByteArray();
    }

    private String words(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(pick(WORDS));
        }
        return s.toString();
    }

    private String indent() {
        return " ".repeat(random.nextInt(9));
    }

    private String newline() {
        return random.nextInt(10) == 0 ? "\r\n" : "\n";
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
