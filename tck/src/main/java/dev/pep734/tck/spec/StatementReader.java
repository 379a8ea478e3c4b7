package dev.pep734.tck.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns prose into the statements of a clause: one STATEMENT per sentence that has at least two words.
 * The anchor is the slug of the first six words, made longer (the whole sentence) and then numbered when
 * needed to be unique within the parent; the line is the one where the sentence's first words stand.
 */
final class StatementReader {

    private static final int SLUG_WORDS = 6;
    private static final int TITLE_CHARS = 100;

    private StatementReader() {
    }

    static void prose(ClauseDraft container, String raw, int firstLine) {
        String plain = InlineText.plain(raw);
        if (plain.isEmpty()) {
            return;
        }
        container.appendText(plain);
        List<String> words = new ArrayList<>();
        List<Integer> wordLines = new ArrayList<>();
        String[] lines = raw.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (String word : Sentences.words(InlineText.plain(lines[i]))) {
                words.add(word);
                wordLines.add(i);
            }
        }
        int cursor = 0;
        for (String sentence : Sentences.split(plain)) {
            List<String> own = Sentences.words(sentence);
            int at = find(words, own.subList(0, Math.min(3, own.size())), cursor);
            int line = at < 0 ? (cursor < wordLines.size() ? wordLines.get(cursor) : 0) : wordLines.get(at);
            cursor = at < 0 ? cursor : at + 1;
            if (Sentences.isStatement(sentence)) {
                add(container, sentence, firstLine + line);
            }
        }
    }

    /** Where the words {@code head} start in {@code words}, searching from {@code from}; -1 if nowhere. */
    private static int find(List<String> words, List<String> head, int from) {
        if (head.isEmpty()) {
            return -1;
        }
        for (int i = from; i + head.size() <= words.size(); i++) {
            if (words.subList(i, i + head.size()).equals(head)) {
                return i;
            }
        }
        return -1;
    }

    private static void add(ClauseDraft container, String sentence, int line) {
        String anchor = "statement:" + Sentences.slug(sentence, SLUG_WORDS);
        if (container.hasChild(anchor)) {
            anchor = "statement:" + Sentences.slug(sentence);
        }
        String unique = anchor;
        for (int n = 2; container.hasChild(unique); n++) {
            unique = anchor + "-" + n;
        }
        String shown = sentence.length() <= TITLE_CHARS ? sentence : sentence.substring(0, TITLE_CHARS) + "...";
        ClauseDraft statement = new ClauseDraft(ClauseKind.STATEMENT, unique, container.title + ": " + shown, line);
        statement.appendText(sentence);
        container.add(statement);
    }
}
