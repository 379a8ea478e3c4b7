package dev.pep734.tck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inline markup, sentences, slugs, signatures and erratum targets: the text rules spec/README.md states. */
class TextRulesTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', value = {
        ":func:`create`                       | create",
        ":mod:`!concurrent.interpreters`      | concurrent.interpreters",
        ":class:`~concurrent.futures.Pool`    | Pool",
        ":ref:`the HOWTO <howto-label>`       | the HOWTO",
        "``True`` and ``False``               | True and False",
        "**Source code:** :source:`Lib/x.py`  | Source code: Lib/x.py",
        "an *emphasised* word                 | an emphasised word",
        "see `the docs <https://x.org>`_ now  | see the docs now",
        "a ``literal with :func:`role` inside``| a literal with :func:`role` inside",
        "f(*args, **kwargs) stays             | f(*args, **kwargs) stays",
        "unclosed ``literal                   | unclosed ``literal",
        "ratio: 3:4 and note:`x               | ratio: 3:4 and note:`x",
    })
    void inlineMarkupReadsAsItsText(String raw, String plain) {
        assertEquals(plain, InlineText.plain(raw));
    }

    @Test
    void whitespaceCollapses() {
        assertEquals("a b c", InlineText.plain("  a\n   b\t\tc  "));
    }

    @Test
    void sentencesSplitOnlyAtRealEnds() {
        assertEquals(List.of("Initialize a new interpreter.", "It is idle (e.g. None runs)."),
                Sentences.split("Initialize a new interpreter. It is idle (e.g. None runs)."));
        assertEquals(List.of("Is it running?", "Yes!", "\"Quoted\" next."),
                Sentences.split("Is it running? Yes! \"Quoted\" next."));
        assertEquals(List.of("However... the rest.", "Version 3.14 is here."),
                Sentences.split("However... the rest. Version 3.14 is here."));
        assertEquals(List.of("However... The rest."), Sentences.split("However... The rest."));
        assertEquals(List.of("Use create(), etc. to make one."), Sentences.split("Use create(), etc. to make one."));
        assertEquals(List.of("The end (really.)", "Next one"), Sentences.split("The end (really.) Next one"));
    }

    @Test
    void statementsNeedTwoWords() {
        assertTrue(Sentences.isStatement("(read-only)"));
        assertFalse(Sentences.isStatement("Benefits:"));
        assertFalse(Sentences.isStatement("..."));
        assertFalse(Sentences.isStatement("XXXXXXXX"));
    }

    @Test
    void slugs() {
        assertEquals("finalize-and-destroy-the-interpreter", Sentences.slug("Finalize and destroy the interpreter."));
        assertEquals("return-true-if-the-interpreter-is", Sentences.slug("Return True if the interpreter is running.", 6));
        assertEquals("interpreter-close", Sentences.slug("Interpreter.close()"));
        assertEquals("caf", Sentences.slug("Caf\u00e9"));
    }

    @Test
    void signatures() {
        SignatureParser.Parsed call = SignatureParser.parse("call(callable, /, *args, **kwargs)");
        assertEquals("call", call.name());
        assertEquals("(callable, /, *args, **kwargs)", call.signature());
        assertEquals(List.of(Parameter.Kind.POSITIONAL_ONLY, Parameter.Kind.VAR_POSITIONAL, Parameter.Kind.VAR_KEYWORD),
                call.parameters().stream().map(Parameter::kind).toList());
        SignatureParser.Parsed queue = SignatureParser.parse("create_queue(*, syncobj=False, x=f(1, 2)) -> Queue");
        assertEquals(List.of(new Parameter("syncobj", Parameter.Kind.KEYWORD_ONLY, "False"),
                new Parameter("x", Parameter.Kind.KEYWORD_ONLY, "f(1, 2)")), queue.parameters());
        assertEquals("", queue.trailing());
        assertEquals(":", SignatureParser.parse("run(self, src, /, *, channels=None):").trailing());
        assertEquals("id", SignatureParser.parse("id").name());
        assertEquals("(unclosed)", SignatureParser.parse("f(a, b").trailing());
        assertEquals(List.of(new Parameter("s", Parameter.Kind.POSITIONAL_OR_KEYWORD, "', '")),
                SignatureParser.parse("join(s=', ')").parameters());
    }

    @Test
    void erratumTargets() {
        assertEquals(new ErratumTarget("api:Interpreter.exec", "check:signature"),
                ErratumTarget.parse("api:Interpreter.exec/check:signature"));
        assertEquals(new ErratumTarget("example:basic-usage/1", ""), ErratumTarget.parse("example:basic-usage/1"));
        assertEquals(new ErratumTarget("section:basic-usage", "example:basic-usage/1"),
                ErratumTarget.parse("section:basic-usage/example:basic-usage/1"));
        assertEquals(new ErratumTarget("api:close", ""), ErratumTarget.parse("api:close"));
    }

    @Test
    void outputIntroductions() {
        assertTrue(Examples.introducesOutput("This prints:"));
        assertTrue(Examples.introducesOutput("The expected *output*:"));
        assertFalse(Examples.introducesOutput("It prints the value."));
        assertFalse(Examples.introducesOutput("Calling a function works the same way:"));
        assertEquals("2\n3", Examples.doctestOutput(">>> 1 + 1\n2\n>>> for x in y:\n...     pass\n...\n3"));
        assertEquals(null, Examples.doctestOutput(">>> x = 1"));
    }
}
