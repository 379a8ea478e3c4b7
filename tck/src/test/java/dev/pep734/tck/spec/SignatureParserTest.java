package dev.pep734.tck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pep734.tck.spec.Parameter.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureParserTest {

    @Test
    void readsPositionalOnlyVariadicAndKeywordOnlyParameters() {
        SignatureParser.Parsed p = SignatureParser.parse("call(callable, /, *args, timeout=None, **kwargs)");
        assertEquals("call", p.name());
        assertEquals(List.of(
                new Parameter("callable", Kind.POSITIONAL_ONLY, null),
                new Parameter("args", Kind.VAR_POSITIONAL, null),
                new Parameter("timeout", Kind.KEYWORD_ONLY, "None"),
                new Parameter("kwargs", Kind.VAR_KEYWORD, null)), p.parameters());
        assertEquals("", p.trailing());
    }

    @Test
    void bracketsAndQuotesInDefaultsDoNotSplitOrCloseTheList() {
        SignatureParser.Parsed p = SignatureParser.parse("f(a=(1, 2), b={'k': [3, 4]}, sep=',', end=')', eq='=') -> int");
        assertEquals(List.of(
                new Parameter("a", Kind.POSITIONAL_OR_KEYWORD, "(1, 2)"),
                new Parameter("b", Kind.POSITIONAL_OR_KEYWORD, "{'k': [3, 4]}"),
                new Parameter("sep", Kind.POSITIONAL_OR_KEYWORD, "','"),
                new Parameter("end", Kind.POSITIONAL_OR_KEYWORD, "')'"),
                new Parameter("eq", Kind.POSITIONAL_OR_KEYWORD, "'='")), p.parameters());
        assertEquals("", p.trailing(), "a return annotation is not trailing text");
    }

    @Test
    void optionalBracketNotationAndAnnotations() {
        SignatureParser.Parsed p = SignatureParser.parse("get(self, [timeout], *, block: bool = True)");
        assertEquals(List.of(
                new Parameter("self", Kind.POSITIONAL_OR_KEYWORD, null),
                new Parameter("timeout", Kind.POSITIONAL_OR_KEYWORD, SignatureParser.OPTIONAL),
                new Parameter("block", Kind.KEYWORD_ONLY, "True")), p.parameters());
    }

    @Test
    void reportsUnclosedListsTrailingTextAndNamesWithoutParentheses() {
        assertEquals("(unclosed)", SignatureParser.parse("f(a, b").trailing());
        assertEquals("extra", SignatureParser.parse("f(a) extra").trailing());
        SignatureParser.Parsed bare = SignatureParser.parse("list_all -> [Interpreter]");
        assertEquals("list_all", bare.name());
        assertEquals(List.of(), bare.parameters());
    }
}
