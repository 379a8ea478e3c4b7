package dev.pep734.tck.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits plain prose into sentences and makes slugs for anchors.
 *
 * <p>A sentence ends at {@code .}, {@code ?} or {@code !} (with any closing quote or bracket) followed by a
 * space and a capital letter, digit, quote or opening bracket, or at the end of the text; never after the
 * abbreviations {@code e.g.}, {@code i.e.}, {@code etc.}, {@code cf.}, {@code vs.}, or inside {@code ...}.
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "cf", "vs", "eg", "ie");

    private Sentences() {
    }

    static List<String> split(String plain) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int n = plain.length();
        for (int i = 0; i < n; i++) {
            char c = plain.charAt(i);
            if (c != '.' && c != '?' && c != '!') {
                continue;
            }
            if (c == '.' && ((i + 1 < n && plain.charAt(i + 1) == '.') || (i > 0 && plain.charAt(i - 1) == '.'))) {
                continue;
            }
            int end = i + 1;
            while (end < n && ")\"']".indexOf(plain.charAt(end)) >= 0) {
                end++;
            }
            if (end < n && !(plain.charAt(end) == ' ' && end + 1 < n && opensSentence(plain.charAt(end + 1)))) {
                continue;
            }
            if (c == '.' && ABBREVIATIONS.contains(wordBefore(plain, i).toLowerCase(Locale.ROOT))) {
                continue;
            }
            add(sentences, plain.substring(start, end));
            start = end;
            i = end - 1;
        }
        add(sentences, plain.substring(start));
        return sentences;
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '(' || c == '`';
    }

    private static String wordBefore(String text, int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        return text.substring(k, dot);
    }

    private static void add(List<String> sentences, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            sentences.add(s);
        }
    }

    /** The words (runs of ASCII letters and digits) of a text, lower-cased. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c < 128 && Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        return words;
    }

    /** Whether a sentence says something: at least two words with letters ("Benefits:", "..." do not). */
    static boolean isStatement(String sentence) {
        return words(sentence).stream().filter(w -> w.chars().anyMatch(Character::isLetter)).count() >= 2;
    }

    /** Slug of the first {@code count} words: {@code finalize-and-destroy-the-interpreter}. */
    static String slug(String text, int count) {
        List<String> words = words(text);
        return String.join("-", words.subList(0, Math.min(count, words.size())));
    }

    static String slug(String text) {
        return slug(text, Integer.MAX_VALUE);
    }
}
