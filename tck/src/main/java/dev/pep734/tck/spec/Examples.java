package dev.pep734.tck.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Example rules. A literal block is the expected output of the example before it (in the same section)
 * when the paragraph that announces it ends with one of the words {@code prints}, {@code print},
 * {@code output}, {@code outputs} or {@code displays} and a colon ("This prints::", "The output::",
 * "which outputs:" then "::").
 */
final class Examples {

    private static final Set<String> OUTPUT_WORDS = Set.of("prints", "print", "output", "outputs", "displays");

    private Examples() {
    }

    static boolean introducesOutput(String intro) {
        String plain = InlineText.plain(intro);
        if (!plain.endsWith(":")) {
            return false;
        }
        List<String> words = Sentences.words(plain);
        return !words.isEmpty() && OUTPUT_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The output a doctest session shows: every line that is neither a prompt ({@code >>>}) nor the
     * continuation ({@code ...}) of one; {@code null} when there is none. The session itself stays the
     * example's text, as written, so a runner can hand it to Python's {@code doctest}.
     */
    static String doctestOutput(String session) {
        List<String> output = new ArrayList<>();
        boolean inCode = false;
        for (String line : session.split("\n", -1)) {
            if (line.startsWith(">>>")) {
                inCode = true;
            } else if (inCode && (line.startsWith("... ") || line.equals("..."))) {
                continue;
            } else {
                inCode = false;
                if (!line.isBlank()) {
                    output.add(line);
                }
            }
        }
        return output.isEmpty() ? null : String.join("\n", output);
    }
}
