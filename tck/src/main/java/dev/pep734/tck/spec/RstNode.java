package dev.pep734.tck.spec;

import java.util.List;
import java.util.Map;

/**
 * A node of a reStructuredText document, for the subset the spec documents use. Text is kept as written
 * (inline markup included; {@link InlineText} removes it); every node knows its 1-based line.
 */
sealed interface RstNode {

    int line();

    /** A titled section; {@code level} 1 is the document title. {@code label} is a preceding {@code .. _label:}. */
    record Section(String title, int level, String label, int line, List<RstNode> children) implements RstNode {
        public Section {
            children = List.copyOf(children);
        }
    }

    /** A section title as read, before sections are nested (only the reader sees it). */
    record Title(String text, char adornment, boolean overline, int line) implements RstNode {
    }

    /** Prose; a trailing {@code ::} is already read as {@code :} (or removed, as RST does). */
    record Paragraph(String text, int line) implements RstNode {
    }

    /** A bullet ({@code enumerated == false}) or enumerated list. */
    record ListBlock(boolean enumerated, List<ListItem> items, int line) implements RstNode {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    record ListItem(List<RstNode> children, int line) implements RstNode {
        public ListItem {
            children = List.copyOf(children);
        }
    }

    /** The text of a literal block, dedented; {@code intro} is the paragraph that announced it, or "". */
    record LiteralBlock(String text, String intro, int line) implements RstNode {
    }

    /** An interactive session: lines starting with {@code >>>}, continuation {@code ...}, and output. */
    record DoctestBlock(String text, int line) implements RstNode {
    }

    /**
     * {@code .. name:: argument} with its {@code :field:} options; {@code children} is the content read as
     * RST, {@code content} the same lines as raw text (for code directives), starting at {@code contentLine}.
     */
    record Directive(String name, String argument, Map<String, String> options, List<RstNode> children,
                     String content, int line, int contentLine) implements RstNode {
        public Directive {
            options = Map.copyOf(options);
            children = List.copyOf(children);
        }
    }

    /** {@code .. anything that is not a directive or target}, e.g. {@code .. XXX ...}. Never prose. */
    record Comment(String text, int line) implements RstNode {
    }

    /** {@code .. _label:} */
    record Target(String label, int line) implements RstNode {
    }

    /**
     * A grid or simple table: cell texts row by row, the line where each row starts; the first
     * {@code headerRows} rows are the header.
     */
    record Table(List<List<String>> rows, List<Integer> rowLines, int headerRows, int line) implements RstNode {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
            rowLines = List.copyOf(rowLines);
        }
    }

    /** A horizontal rule ({@code ----} alone). */
    record Transition(int line) implements RstNode {
    }

    /** An indented block that is not a literal block: a definition's body or a quotation. */
    record BlockQuote(List<RstNode> children, int line) implements RstNode {
        public BlockQuote {
            children = List.copyOf(children);
        }
    }
}
