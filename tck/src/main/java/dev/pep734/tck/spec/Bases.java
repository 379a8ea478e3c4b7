package dev.pep734.tck.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * Base classes named by prose: "This exception, a subclass of InterpreterError, is raised when ..." names
 * {@code InterpreterError}. Every "subclass of NAME" of the clause's own text counts, in order, once.
 */
final class Bases {

    private static final String PHRASE = "subclass of ";

    private Bases() {
    }

    static List<String> fromText(String plain) {
        List<String> bases = new ArrayList<>();
        int at = plain.indexOf(PHRASE);
        while (at >= 0) {
            int start = at + PHRASE.length();
            int end = start;
            while (end < plain.length() && (Character.isLetterOrDigit(plain.charAt(end))
                    || plain.charAt(end) == '_' || plain.charAt(end) == '.')) {
                end++;
            }
            String name = plain.substring(start, end);
            while (name.endsWith(".")) {
                name = name.substring(0, name.length() - 1);
            }
            if (!name.isEmpty() && !bases.contains(name)) {
                bases.add(name);
            }
            at = plain.indexOf(PHRASE, end);
        }
        return bases;
    }
}
