package dev.pep734.tck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The two small formats of spec/README.md, read alone. */
class HeaderAndErrataParserTest {

    private static List<String> lines(IssueSink sink) {
        return sink.issues().stream().map(i -> i.location().line() + ": " + i.severity() + ": " + i.message()).toList();
    }

    @Test
    void headerAfterShebangAndCommentsWithContinuationsAndRepeatedQuotes() {
        IssueSink sink = new IssueSink("t.py");
        String source = "#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n\n# ---\n# clause: api:x\n"
                + "# quote: First\n#   continued.\n# quote: Second.\n# level: MAY\n# expect: raises a.b.Error\n"
                + "# timeout: 2.5\n# description: what\n#   and more\n# ---\ncode()\n";
        AssertionHeaderParser.Parsed parsed = AssertionHeaderParser.parse(source, sink).orElseThrow();
        assertEquals(List.of(), lines(sink));
        assertEquals(4, parsed.line());
        assertEquals(5, parsed.clauseLine());
        assertEquals(List.of(6, 8), parsed.quoteLines());
        assertEquals(new AssertionHeader("api:x", List.of("First continued.", "Second."), Level.MAY, java.util.Set.of(),
                Expectation.raising("a.b.Error"), "what and more", Optional.of(Duration.ofMillis(2500))),
                parsed.header());
    }

    @Test
    void headerProblems() {
        IssueSink sink = new IssueSink("t.py");
        String source = "# ---\n# clause: api:x\n# clause: api:y\n# level: must\n# expect: raises 1x\nno colon\n# ---\n";
        assertEquals(Optional.empty(), AssertionHeaderParser.parse(source, sink));
        assertEquals(List.of("3: ERROR: header key 'clause' given twice (first at line 2)",
                "1: ERROR: unterminated header: no closing '# ---' line"), lines(sink));
        IssueSink second = new IssueSink("u.py");
        String bad = "# ---\n# clause: api:x\n# level: must\n# expect: raises 1x\n# just words\n# timeout: -1\n# ---\n";
        assertEquals(Optional.empty(), AssertionHeaderParser.parse(bad, second));
        assertEquals(List.of("5: ERROR: header line is not 'key: value': just words",
                "4: ERROR: expect must be 'pass' or 'raises NAME', not 'raises 1x'",
                "6: ERROR: timeout must be a positive number of seconds, not '-1'"), lines(second));
    }

    @Test
    void errataContinuationsCommentsAndUnknownKeys() {
        IssueSink sink = new IssueSink("errata.txt");
        String text = "# heading comment\n\nerratum: one\ntarget: api:x/check:bases\nreason: r\nevidence: e1\n"
                + "  e2\ninstead: i\nbases: A, B\nflavour: odd\n---\n---\nerratum: two\ntarget: api:y\nreason: r\n"
                + "reason: again\nevidence: e\ninstead: i\naction: not-testable\n";
        List<Erratum> errata = ErrataParser.parse(text, sink);
        assertEquals(List.of("10: WARNING: unknown errata key 'flavour'",
                "16: ERROR: errata key 'reason' given twice in one block"), lines(sink));
        assertEquals(2, errata.size());
        assertEquals("e1\ne2", errata.get(0).evidence());
        assertEquals(Map.of("bases", "A, B", "flavour", "odd"), errata.get(0).fields());
        assertEquals(SourceLocation.of("errata.txt", 3), errata.get(0).location());
        assertEquals("again", errata.get(1).reason());
        assertEquals(true, errata.get(1).notTestable());
    }
}
