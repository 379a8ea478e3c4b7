package dev.pep734.tck.spec;

import dev.pep734.tck.spec.RstNode.Section;
import dev.pep734.tck.spec.RstNode.Target;
import dev.pep734.tck.spec.RstNode.Title;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Nests the flat top-level nodes into sections. A title's level is fixed by the first appearance of its
 * adornment style (character, with or without overline), as docutils does; a title that skips a level is an
 * issue and is placed one level below the current section.
 */
final class RstSections {

    private RstSections() {
    }

    /** Open section being filled. */
    private static final class Open {
        final Title title;
        final int level;
        final String label;
        final List<RstNode> children = new ArrayList<>();

        Open(Title title, int level, String label) {
            this.title = title;
            this.level = level;
            this.label = label;
        }

        Section close() {
            return new Section(title.text(), level, label, title.line(), children);
        }
    }

    static List<RstNode> nest(List<RstNode> flat, IssueSink issues) {
        List<String> styles = new ArrayList<>();
        List<RstNode> root = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        RstNode previous = null;
        for (RstNode node : flat) {
            RstNode before = previous;
            previous = node;
            if (!(node instanceof Title title)) {
                (open.isEmpty() ? root : open.peek().children).add(node);
                continue;
            }
            String style = (title.overline() ? "over+" : "") + title.adornment();
            int level = styles.indexOf(style) + 1;
            if (level == 0) {
                styles.add(style);
                level = styles.size();
            }
            int current = open.isEmpty() ? 0 : open.peek().level;
            if (level > current + 1) {
                issues.error(title.line(), "title level inconsistent: a level-" + level + " title ('"
                        + style.replace("over+", "over and under ") + "') under a level-" + current
                        + " section; placed at level " + (current + 1));
                level = current + 1;
            }
            while (!open.isEmpty() && open.peek().level >= level) {
                Section done = open.pop().close();
                (open.isEmpty() ? root : open.peek().children).add(done);
            }
            // a target right before a title names the section (docutils: "implicit target" chaining)
            String label = before instanceof Target target ? target.label() : "";
            open.push(new Open(title, level, label));
        }
        while (!open.isEmpty()) {
            Section done = open.pop().close();
            (open.isEmpty() ? root : open.peek().children).add(done);
        }
        return root;
    }
}
