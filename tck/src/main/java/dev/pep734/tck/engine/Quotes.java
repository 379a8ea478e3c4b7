package dev.pep734.tck.engine;

import dev.pep734.tck.spec.AssertionScript;
import java.util.Collection;

/** Whether an assertion's quoted sentence covers a statement of the document (whitespace may differ). */
final class Quotes {

    private Quotes() {
    }

    static boolean covers(Collection<AssertionScript> scripts, String statement) {
        String sentence = normalise(statement);
        if (sentence.isEmpty()) {
            return false;
        }
        for (AssertionScript script : scripts) {
            for (String quote : script.header().plainQuotes()) {
                String q = normalise(quote);
                // A quote may be the sentence, part of it, or span it and its neighbour.
                if (!q.isEmpty() && (q.contains(sentence) || sentence.contains(q))) {
                    return true;
                }
            }
        }
        return false;
    }

    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
