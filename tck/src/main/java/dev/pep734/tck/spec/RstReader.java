package dev.pep734.tck.spec;

import java.util.List;

/**
 * Reads a reStructuredText source into nodes: bytes to lines ({@link SourceText}), lines to body elements
 * ({@link RstBlockParser}), titles to nested sections ({@link RstSections}). Problems go to the sink.
 */
final class RstReader {

    private RstReader() {
    }

    static List<RstNode> read(byte[] bytes, IssueSink issues) {
        List<SourceText.Line> lines = SourceText.lines(bytes, issues);
        return RstSections.nest(new RstBlockParser(issues).parse(lines), issues);
    }

    /** The clause tree of one profile's document. */
    static Clause clauses(Profile profile, byte[] bytes, IssueSink issues) {
        return ClauseBuilder.build(profile, read(bytes, issues), issues);
    }
}
