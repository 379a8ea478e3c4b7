package dev.pep734.tck.spec;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a spec source into numbered lines: strict UTF-8 (a bad byte is an issue and becomes
 * U+FFFD, so reading goes on), no byte-order mark, any line ending, tabs in indentation expanded to the
 * next multiple of 8 columns as docutils does.
 */
final class SourceText {

    /** One physical line, 1-based number, tabs expanded, no line terminator. */
    record Line(int number, String text) {

        boolean blank() {
            return text.isBlank();
        }

        int indent() {
            int i = 0;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            return i;
        }
    }

    private SourceText() {
    }

    static List<Line> lines(byte[] bytes, IssueSink issues) {
        String text = decode(bytes, issues);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length();
            char c = end ? '\n' : text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (!end || start < i) {
                    lines.add(new Line(number, expandTabs(text.substring(start, i), number, issues)));
                }
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
                number++;
            }
        }
        if (lines.stream().allMatch(Line::blank)) {
            issues.error(1, "empty document: no text to read");
        }
        return lines;
    }

    private static String decode(byte[] bytes, IssueSink issues) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int offset = firstBadByte(bytes);
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            issues.error(line, "not valid UTF-8 (first bad byte at offset " + offset
                    + "); bad bytes read as U+FFFD");
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Offset of the first byte that does not decode; decodes prefix by prefix without allocation per byte. */
    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static String expandTabs(String line, int number, IssueSink issues) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        int indentEnd = 0;
        while (indentEnd < line.length() && (line.charAt(indentEnd) == ' ' || line.charAt(indentEnd) == '\t')) {
            indentEnd++;
        }
        String indent = line.substring(0, indentEnd);
        if (indent.indexOf('\t') >= 0 && indent.indexOf(' ') >= 0 && indentEnd < line.length()) {
            issues.error(number, "indentation mixes tabs and spaces; tabs expanded to multiples of 8 columns");
        } else if (indent.indexOf('\t') >= 0 && indentEnd < line.length()) {
            issues.warning(number, "indentation uses tabs; expanded to multiples of 8 columns");
        }
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                int spaces = 8 - out.length() % 8;
                out.append(" ".repeat(spaces));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
