package dev.pep734.tck.spec;

import static dev.pep734.tck.spec.RealDocumentsTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Broken fixture documents beside a good one (src/test/resources/fixtures/spec/documents): each problem is an
 * issue with its exact message and line, and the reader goes on to read what follows.
 */
class RstReaderTest {

    @Test
    void goodDocumentUsesEveryConstructOfTheSubset() {
        SpecFixtures.Read read = SpecFixtures.fixture("good-all-constructs.rst");
        assertEquals(List.of("115: WARNING: duplicate anchor 'section:examples' (first at line 81); this one is"
                + " 'section:examples-2'"), read.issueLines());
        Clause document = read.document();
        assertEquals(List.of("section:top-label", "section:overview", "section:api", "section:signature-table",
                "section:examples", "section:examples-2"), SpecFixtures.anchors(document, ClauseKind.SECTION));
        Clause top = find(document, "section:top-label");
        assertEquals("Fixture Library", top.title());
        assertEquals("Intro paragraph with make and literal text. Second sentence, e.g. this one continues on the"
                + " next line.", top.text());
        assertEquals(List.of("Overview: first item", "Overview: second item spans two lines",
                "Overview: enumerated one", "Overview: enumerated two", "Overview: Admonition text is prose.",
                "Overview: Grid table:", "Overview: Simple table:"),
                find(document, "section:overview").children().stream().map(Clause::title).toList());
    }

    @Test
    void goodDocumentApiFromDirectivesAndTables() {
        Clause document = SpecFixtures.fixture("good-all-constructs.rst").document();
        assertEquals(List.of("api:fixmod", "api:make", "api:Widget", "api:Widget.grow", "api:Widget.size",
                "api:WidgetError", "api:spin", "api:Gear", "api:Gear.teeth"),
                SpecFixtures.anchors(document, ClauseKind.API));
        assertEquals(List.of(new Parameter("a", Parameter.Kind.POSITIONAL_ONLY, null),
                new Parameter("b", Parameter.Kind.POSITIONAL_OR_KEYWORD, "1"),
                new Parameter("args", Parameter.Kind.VAR_POSITIONAL, null),
                new Parameter("c", Parameter.Kind.KEYWORD_ONLY, null),
                new Parameter("d", Parameter.Kind.KEYWORD_ONLY, "None"),
                new Parameter("kw", Parameter.Kind.VAR_KEYWORD, null)),
                find(document, "api:make").api().orElseThrow().parameters());
        assertEquals(List.of(new Parameter("by", Parameter.Kind.POSITIONAL_OR_KEYWORD, "2")),
                find(document, "api:Widget.grow").api().orElseThrow().parameters());
        assertEquals(List.of("Base"), find(document, "api:Widget").api().orElseThrow().bases());
        assertEquals(List.of("ValueError"), find(document, "api:WidgetError").api().orElseThrow().bases());
        assertEquals(List.of("Base"), find(document, "api:Gear").api().orElseThrow().bases());
        ApiDeclaration teeth = find(document, "api:Gear.teeth").api().orElseThrow();
        assertEquals(ApiKind.ATTRIBUTE, teeth.kind());
        assertEquals("fixmod", teeth.module());
        assertEquals(78, find(document, "api:Gear.teeth").location().line());
        assertEquals("A module for tests", find(document, "api:fixmod").text());
    }

    @Test
    void goodDocumentExamplesOutputsAndDoctests() {
        Clause document = SpecFixtures.fixture("good-all-constructs.rst").document();
        assertEquals(List.of("example:examples/1", "example:examples/2", "example:examples/3", "example:examples/4"),
                SpecFixtures.anchors(document, ClauseKind.EXAMPLE));
        Clause partial = find(document, "example:examples/1");
        assertEquals("print(\"partial\")", partial.text());
        assertEquals(Optional.of("partial"), partial.expectedOutput());
        assertEquals(86, partial.location().line());
        assertEquals(Optional.empty(), find(document, "example:examples/2").expectedOutput());
        Clause doctest = find(document, "example:examples/3");
        assertEquals(">>> 1 + 1\n2\n>>> print(\"a\")\na", doctest.text());
        assertEquals(Optional.of("2\na"), doctest.expectedOutput());
        Clause codeBlock = find(document, "example:examples/4");
        assertEquals("y = 2", codeBlock.text());
        assertEquals(105, codeBlock.location().line());
        assertEquals("Examples, example 4", codeBlock.title());
    }

    @Test
    void titleWithDifferentOverlineAndUnderline() {
        SpecFixtures.Read read = SpecFixtures.fixture("broken-adornment.rst");
        assertEquals(List.of("1: ERROR: inconsistent title adornment: overline '=' and underline '-' differ"),
                read.issueLines());
        assertEquals("Title: Text after the broken title.",
                find(read.document(), "section:title").children().get(0).title());
    }

    @Test
    void titleThatSkipsALevel() {
        SpecFixtures.Read read = SpecFixtures.fixture("broken-levels.rst");
        assertEquals(List.of("13: ERROR: title level inconsistent: a level-3 title ('~') under a level-1 section;"
                + " placed at level 2"), read.issueLines());
        assertTrue(find(read.document(), "section:back").children().contains(find(read.document(), "section:skip")));
    }

    @Test
    void unterminatedAndMisalignedGridTables() {
        SpecFixtures.Read read = SpecFixtures.fixture("broken-grid.rst");
        assertEquals(List.of("3: ERROR: unterminated grid table: no closing border after line 6",
                "11: ERROR: malformed grid table: line is 15 characters wide, the top border 13"), read.issueLines());
        assertEquals(List.of("statement:before-the-tables", "statement:after-the-first-table",
                "statement:after-the-second-table"), SpecFixtures.anchors(read.document(), ClauseKind.STATEMENT));
    }

    @Test
    void unterminatedSimpleTable() {
        assertEquals(List.of("1: ERROR: unterminated simple table: no closing '=' border"),
                SpecFixtures.fixture("broken-simple.rst").issueLines());
    }

    @Test
    void directiveBodiesWithBadIndentation() {
        SpecFixtures.Read read = SpecFixtures.fixture("broken-directive.rst");
        assertEquals(List.of("2: ERROR: body of directive 'function' (line 1) is not indented, or the directive"
                        + " lacks a blank line after it",
                "7: ERROR: inconsistent indentation in the body of directive 'function': this line is indented 3"
                        + " columns less than the first"), read.issueLines());
        assertEquals(List.of("api:f", "api:g"), SpecFixtures.anchors(read.document(), ClauseKind.API));
    }

    @Test
    void tabsInIndentation() {
        SpecFixtures.Read read = SpecFixtures.fixture("broken-tabs.rst");
        assertEquals(List.of("3: ERROR: indentation mixes tabs and spaces; tabs expanded to multiples of 8 columns",
                "7: WARNING: indentation uses tabs; expanded to multiples of 8 columns"), read.issueLines());
        assertEquals(List.of("statement:tab-then-spaces-here", "statement:only-a-tab-here"),
                SpecFixtures.anchors(read.document(), ClauseKind.STATEMENT));
    }

    @Test
    void fileThatIsNotUtf8() {
        SpecFixtures.Read read = SpecFixtures.fixture("broken-utf8.rst");
        assertEquals(List.of("3: ERROR: not valid UTF-8 (first bad byte at offset 23); bad bytes read as U+FFFD"),
                read.issueLines());
        assertEquals("Valid first line. Bad \uFFFD byte here.", read.document().text());
    }

    @Test
    void emptyFiles() {
        assertEquals(List.of("1: ERROR: empty document: no text to read"), SpecFixtures.fixture("empty.rst").issueLines());
        assertEquals(List.of("1: ERROR: empty document: no text to read"), SpecFixtures.read(" \n\t\n").issueLines());
    }

    @Test
    void otherDamageIsReportedAndReadingGoesOn() {
        SpecFixtures.Read read = SpecFixtures.fixture("broken-misc.rst");
        assertEquals(List.of(
                "1: WARNING: malformed hyperlink target (no ':' after the label): _no-colon-target",
                "7: WARNING: bullet list ends without a blank line; unexpected unindent",
                "9: WARNING: literal block expected after '::'; none found",
                "12: ERROR: explicit markup inside a paragraph: a blank line is missing before"
                        + " '.. function:: lost_blank()'",
                "18: ERROR: section title inside an indented block or directive; read as a paragraph",
                "26: ERROR: unexpected indentation after a paragraph of several lines",
                "28: ERROR: title overline without a matching underline (line 30)"), read.issueLines());
        assertEquals("Its body.", find(read.document(), "api:lost_blank").text());
        assertEquals("statement:the-end", read.document().children().get(read.document().children().size() - 1).anchor());
    }

    @Test
    void scrapedSeedWithoutIndentationIsFlaggedLineByLine() {
        SpecFixtures.Read read = SpecFixtures.fixture("scraped-3.14.rst");
        List<String> issues = read.issueLines();
        assertTrue(issues.contains("53: ERROR: body of directive 'function' (line 52) is not indented, or the directive"
                + " lacks a blank line after it"), String.join("\n", issues));
        assertTrue(issues.contains("52: ERROR: explicit markup inside a paragraph: a blank line is missing before"
                + " '.. function:: list_all()'"), String.join("\n", issues));
        // the seed has 22 directives whose body lost its indentation, and 22 markup lines that lost the blank
        // line before them; nothing else is an error
        assertEquals(22, issues.stream().filter(i -> i.contains(": ERROR: body of directive")).count());
        assertEquals(22, issues.stream().filter(i -> i.contains(": ERROR: explicit markup inside a paragraph")).count());
        assertEquals(44, issues.stream().filter(i -> i.contains(": ERROR: ")).count());
    }

    @Test
    void simpleApiTablesEnumeratorsModulesAndConsoleBlocks() {
        SpecFixtures.Read read = SpecFixtures.read(String.join("\n",
                ".. currentmodule:: pkg.mod",
                "",
                "=================================  ===================",
                "signature                          description",
                "=================================  ===================",
                "``exception Boom(Exception)``      It fails.",
                "``shout(text, /) -> str``          Shouts the text.",
                "                                   Loudly.",
                "=================================  ===================",
                "",
                "(1) first point",
                "2) second point",
                "",
                ".. currentmodule:: None",
                "",
                ".. function:: pkg.mod.helper()",
                "",
                "   It helps.",
                "",
                ".. code-block:: pycon",
                "",
                "   >>> helper()",
                "   'help'",
                ""));
        assertEquals(List.of(), read.issueLines());
        Clause document = read.document();
        assertEquals(List.of("api:Boom", "api:shout", "api:pkg.mod.helper"),
                SpecFixtures.anchors(document, ClauseKind.API));
        ApiDeclaration boom = find(document, "api:Boom").api().orElseThrow();
        assertEquals(new ApiDeclaration(ApiKind.EXCEPTION, "pkg.mod", "Boom", "", List.of(), List.of("Exception")), boom);
        Clause shout = find(document, "api:shout");
        assertEquals("Shouts the text. Loudly.", shout.text());
        assertEquals(7, shout.location().line());
        assertEquals("", find(document, "api:pkg.mod.helper").api().orElseThrow().module());
        assertEquals(List.of("statement:it-fails", "statement:shouts-the-text", "statement:first-point",
                "statement:second-point", "statement:it-helps"), SpecFixtures.anchors(document, ClauseKind.STATEMENT));
        Clause session = find(document, "example:document/1");
        assertEquals(">>> helper()\n'help'", session.text());
        assertEquals(Optional.of("'help'"), session.expectedOutput());
        assertEquals(22, session.location().line());
    }

    @Test
    void everyNodeKeepsItsLine() {
        SpecFixtures.Read read = SpecFixtures.fixture("good-all-constructs.rst");
        for (Clause clause : SpecFixtures.flatten(read.document())) {
            assertEquals("fixtures/spec/documents/good-all-constructs.rst", clause.location().resource());
            assertTrue(clause.location().line() >= 1 && clause.location().line() <= 118, clause.toString());
        }
    }
}
