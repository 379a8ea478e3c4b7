package dev.pep734.tck.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.tck.spec.ApiKind;
import dev.pep734.tck.spec.Clause;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which tests the deriver makes for a clause, their names and errata (no Python needed). */
class TestDeriverTest {

    private static List<String> names(List<DerivedTest> tests) {
        return tests.stream().map(DerivedTest::displayName).toList();
    }

    @Test
    void aFunctionGetsExistsKindAndSignatureWithStandAloneNames() {
        List<DerivedTest> tests = TestDeriver.forApi(Doc314.PROFILE, List.of(),
                Doc314.api(ApiKind.FUNCTION, "create", "()", List.of()), List.of());
        assertEquals(List.of("create() exists", "create() is a function", "create() accepts ()"), names(tests));
        assertEquals(List.of("exists", "kind", "signature"), tests.stream().map(DerivedTest::segmentValue).toList());
        assertTrue(tests.stream().allMatch(t -> t.segmentType().equals("check") && t.erratumId().isEmpty()));
    }

    @Test
    void aMethodIsLookedUpThroughItsClass() {
        Clause close = Doc314.api(ApiKind.METHOD, "close", "()", List.of());
        List<DerivedTest> tests = TestDeriver.forApi(Doc314.PROFILE, List.of(Doc314.INTERPRETER), close, List.of());
        assertEquals(List.of("Interpreter.close() exists", "Interpreter.close() is a method",
                "Interpreter.close() accepts ()"), names(tests));
        assertTrue(tests.get(0).pythonSource().contains("check_exists(\"concurrent.interpreters\", "
                + "\"Interpreter.close\", \"method\")"), tests.get(0).pythonSource());
    }

    @Test
    void aDocumentedSelfIsNotAParameterCallersPass() {
        Clause run = Doc314.api(ApiKind.METHOD, "Interpreter.run", "(self, src_str, /, *, channels=None)", List.of());
        assertEquals("Interpreter.run() accepts (src_str, /, *, channels=None)", TestDeriver.forApi(Doc314.PROFILE,
                List.of(Doc314.INTERPRETER), run, List.of()).get(2).displayName());
    }

    @Test
    void anErratumReplacesTheDocumentedSignatureAndIsRecorded() {
        Clause exec = Doc314.api(ApiKind.METHOD, "Interpreter.exec", "(code, /, dedent=True)", List.of());
        DerivedTest signature = TestDeriver.forApi(Doc314.PROFILE, List.of(Doc314.INTERPRETER), exec,
                List.of(Doc314.EXEC_HAS_NO_DEDENT)).get(2);
        assertEquals("Interpreter.exec() accepts (code, /)", signature.displayName());
        assertEquals(Optional.of("exec-has-no-dedent"), signature.erratumId());
        assertTrue(signature.pythonSource().contains("# Erratum exec-has-no-dedent applies:"));
        assertTrue(signature.pythonSource().contains("# The document declares: .. method:: Interpreter.exec(code, /, "
                + "dedent=True)"));
    }

    @Test
    void basesComeFromTheDocumentOrTheErratum() {
        List<DerivedTest> tests = TestDeriver.forApi(Doc314.PROFILE, List.of(), Doc314.EXECUTION_FAILED, List.of());
        assertEquals(List.of("ExecutionFailed exists", "ExecutionFailed is an exception class",
                "ExecutionFailed is a subclass of InterpreterError"), names(tests));
        Clause queueEmpty = Doc314.api(ApiKind.EXCEPTION, "QueueEmptyError", "", List.of("QueueError"));
        List<DerivedTest> fixed = TestDeriver.forApi(Doc314.PROFILE, List.of(), queueEmpty, List.of(Doc314.erratum(
                "queue-empty-bases", "api:QueueEmptyError/check:bases", Map.of("bases", "QueueError, queue.Empty"))));
        assertEquals("QueueEmptyError is a subclass of QueueError and queue.Empty", fixed.get(2).displayName());
    }

    @Test
    void anInstanceAttributeOfAnExceptionGetsNoKindCheck() {
        Clause excinfo = Doc314.api(ApiKind.ATTRIBUTE, "ExecutionFailed.excinfo", "", List.of());
        assertEquals(List.of("ExecutionFailed.excinfo exists"), names(TestDeriver.forApi(Doc314.PROFILE,
                List.of(Doc314.EXECUTION_FAILED), excinfo, List.of())));
        Clause id = Doc314.api(ApiKind.ATTRIBUTE, "Interpreter.id", "", List.of());
        assertEquals(List.of("Interpreter.id exists", "Interpreter.id is a data attribute"),
                names(TestDeriver.forApi(Doc314.PROFILE, List.of(Doc314.INTERPRETER), id, List.of())));
    }

    @Test
    void notTestableErrataDropOneCheckOrTheWholeClause() {
        Clause call = Doc314.api(ApiKind.METHOD, "Interpreter.call", "(callable, /, *args, **kwargs)", List.of());
        List<DerivedTest> tests = TestDeriver.forApi(Doc314.PROFILE, List.of(Doc314.INTERPRETER), call,
                List.of(Doc314.erratum("x", "api:Interpreter.call/check:signature", Map.of("action", "not-testable"))));
        assertEquals(List.of("Interpreter.call() exists", "Interpreter.call() is a method"), names(tests));
        assertEquals(List.of(), TestDeriver.forApi(Doc314.PROFILE, List.of(Doc314.INTERPRETER), call,
                List.of(Doc314.erratum("y", "api:Interpreter.call", Map.of("action", "not-testable")))));
    }

    @Test
    void aClauseThatIsNotAnApiIsRefused() {
        Clause example = Doc314.example("basic-usage", 1, "Basic usage, example 1", "pass\n", Optional.empty());
        assertThrows(IllegalArgumentException.class,
                () -> TestDeriver.forApi(Doc314.PROFILE, List.of(), example, List.of()));
    }

    @Test
    void signaturesAreReadAndWrittenAsDocumentsShowThem() {
        for (String s : List.of("()", "(code, /)", "(callable, /, *args, **kwargs)", "(ns=None, /, **kwargs)",
                "(maxsize=0, *, unbounditems=UNBOUND)", "(obj, block=True, timeout=None, *, unbounditems=None)",
                "(a, b, /, c, *, d)", "(x='a, b', y=(1, 2))")) {
            assertEquals(s, SignatureText.format(SignatureText.parse(s)));
        }
        assertEquals("(config=<optional>)", SignatureText.format(SignatureText.parse("([config])")));
    }

    @Test
    void stringsBecomeAsciiPythonLiterals() {
        assertEquals("\"a\\\"b\\\\c\\n\\u00e9\\U0001f600\"", PythonText.literal("a\"b\\c\né\uD83D\uDE00"));
    }
}
