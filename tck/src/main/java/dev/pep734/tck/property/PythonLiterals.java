package dev.pep734.tck.property;

import java.util.List;

/** Python source for generated values: ASCII-only literals, so scripts and messages survive any encoding. */
final class PythonLiterals {

    private PythonLiterals() {
    }

    /** A str, bytes, bytearray or memoryview literal of code points / bytes. */
    static String render(String type, List<Integer> units) {
        if ("str".equals(type)) {
            return quote(units, false);
        }
        String bytes = "b" + quote(units, true);
        return switch (type) {
            case "bytes" -> bytes;
            case "bytearray" -> "bytearray(" + bytes + ")";
            case "memoryview-bytes" -> "memoryview(" + bytes + ")";
            case "memoryview-bytearray" -> "memoryview(bytearray(" + bytes + "))";
            default -> throw new IllegalArgumentException("unknown text type " + type);
        };
    }

    /** Python string literal; lone surrogates and astral code points become escapes. */
    static String quote(List<Integer> units, boolean bytes) {
        StringBuilder s = new StringBuilder("'");
        for (int c : units) {
            if (c == '\\' || c == '\'') {
                s.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f) {
                s.append((char) c);
            } else if (c < 0x100 && bytes) {
                s.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                s.append(String.format(c < 0x100 ? "\\x%02x" : "\\u%04x", c));
            } else {
                s.append(String.format("\\U%08x", c));
            }
        }
        return s.append('\'').toString();
    }

    static String strKind(List<Integer> units) {
        if (units.stream().anyMatch(c -> c >= 0xd800 && c <= 0xdfff)) {
            return "str-lone-surrogate";
        }
        if (units.stream().anyMatch(c -> c > 0xffff)) {
            return "str-astral";
        }
        return units.stream().anyMatch(c -> c > 0x7f) ? "str-non-ascii" : "str";
    }

    /** A container display of already rendered elements. */
    static String container(String type, List<String> elements) {
        String joined = String.join(", ", elements);
        return switch (type) {
            case "tuple" -> elements.size() == 1 ? "(" + joined + ",)" : "(" + joined + ")";
            case "list" -> "[" + joined + "]";
            case "set" -> elements.isEmpty() ? "set()" : "{" + joined + "}";
            case "frozenset" -> "frozenset([" + joined + "])";
            case "dict" -> {
                StringBuilder d = new StringBuilder("{");
                for (int i = 0; i < elements.size(); i++) {
                    d.append(i == 0 ? "" : ", ").append(elements.get(i)).append(": ").append(i);
                }
                yield d.append('}').toString();
            }
            default -> throw new IllegalArgumentException("unknown container type " + type);
        };
    }
}
