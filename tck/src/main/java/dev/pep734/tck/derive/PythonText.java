package dev.pep734.tck.derive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Pieces of generated Python source: string literals, comments, shipped helper files. */
final class PythonText {

    private PythonText() {
    }

    /** A Python string literal for any text (ASCII-only output, so the script's encoding never matters). */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        out.append((char) c);
                    } else if (c <= 0xffff) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.append(String.format("\\U%08x", c));
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** Text as {@code # } comment lines (one per line of the text). */
    static String comment(String text) {
        StringBuilder out = new StringBuilder();
        text.strip().lines().forEach(line -> out.append(("# " + line).stripTrailing()).append('\n'));
        return out.toString();
    }

    /** A Python file shipped beside this class ({@code dev/pep734/tck/derive/NAME}). */
    static String resource(String name) {
        try (InputStream in = PythonText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the TCK jar lacks dev/pep734/tck/derive/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
