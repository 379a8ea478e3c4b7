package dev.pep734.tck.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.tck.spec.ApiKind;
import dev.pep734.tck.spec.Clause;
import dev.pep734.tck.spec.Erratum;
import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.RunResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Derived API scripts run on CPython 3.14.3: right declarations pass, wrong ones fail and teach. */
class ApiChecksOnCPythonTest {

    private static final List<Erratum> ERRATA = List.of(Doc314.EXEC_HAS_NO_DEDENT, Doc314.INTERPRETER_ID_POSITIONAL,
            Doc314.PREPARE_MAIN_POSITIONAL);

    /**
     * One clause of each shape (the whole real document is run by {@link RealDocumentOnCPythonTest}): a function,
     * a method whose signature an erratum fixes, an exception with bases, an instance attribute.
     */
    static Stream<List<Clause>> reference() {
        return Doc314.reference().stream().filter(path -> List.of("api:create", "api:Interpreter.exec",
                "api:ExecutionFailed", "api:ExecutionFailed.excinfo", "api:Interpreter.id")
                .contains(path.get(path.size() - 1).anchor()));
    }

    @ParameterizedTest
    @MethodSource("reference")
    void everyCheckOfTheseClausesPassesOnCPython(List<Clause> path) throws Exception {
        Clause api = path.get(path.size() - 1);
        List<DerivedTest> tests = TestDeriver.forApi(Doc314.PROFILE, path.subList(0, path.size() - 1), api, ERRATA);
        assertFalse(tests.isEmpty());
        for (DerivedTest test : tests) {
            RunResult r = CPythonRunner.run(test);
            assertEquals(Outcome.PASSED, r.outcome(), () -> test.displayName() + "\n" + r.stderr());
        }
    }

    @Test
    void theDocumentedDedentFailsWithoutItsErratum() throws Exception {
        Clause exec = Doc314.api(ApiKind.METHOD, "Interpreter.exec", "(code, /, dedent=True)", List.of());
        String message = failure(signature(List.of(Doc314.INTERPRETER), exec));
        assertTrue(message.contains("concurrent.interpreters.Interpreter.exec should accept (code, /, dedent=True), "
                + "but its signature is (code, /)"), message);
        assertTrue(message.contains("'dedent' (position 2) is not accepted"), message);
        assertTrue(message.contains("If this fails, check the parameter names"), message);
    }

    @Test
    void aMissingFunctionFailsNamingWhatIsMissing() throws Exception {
        Clause missing = Doc314.api(ApiKind.FUNCTION, "destroy_all", "()", List.of());
        String message = failure(check(List.of(), missing, "exists"));
        assertTrue(message.startsWith("concurrent.interpreters has no attribute 'destroy_all', so "
                + "concurrent.interpreters.destroy_all is missing."), message);
        assertTrue(message.contains("If this fails, check that concurrent.interpreters defines destroy_all."),
                message);
    }

    @Test
    void aMissingMethodSuggestsSimilarNames() throws Exception {
        Clause missing = Doc314.api(ApiKind.METHOD, "Interpreter.is_runing", "()", List.of());
        String message = failure(check(List.of(Doc314.INTERPRETER), missing, "exists"));
        assertTrue(message.contains("Similar names there: is_running."), message);
    }

    @Test
    void aWrongKindFails() throws Exception {
        Clause idAsMethod = Doc314.api(ApiKind.METHOD, "Interpreter.id", "()", List.of());
        String message = failure(check(List.of(Doc314.INTERPRETER), idAsMethod, "kind"));
        assertTrue(message.startsWith("concurrent.interpreters.Interpreter.id should be a method of the class"),
                message);
        Clause closeAsAttribute = Doc314.api(ApiKind.ATTRIBUTE, "Interpreter.close", "", List.of());
        message = failure(check(List.of(Doc314.INTERPRETER), closeAsAttribute, "kind"));
        assertTrue(message.contains("should be a data attribute of the class"), message);
        Clause createAsClass = Doc314.api(ApiKind.CLASS, "create", "()", List.of());
        assertTrue(failure(check(List.of(), createAsClass, "kind")).contains("should be a class, but it is"));
        Clause interpreterAsException = Doc314.api(ApiKind.EXCEPTION, "Interpreter", "", List.of());
        assertTrue(failure(check(List.of(), interpreterAsException, "kind")).contains("an exception class"));
    }

    @Test
    void aParameterThatDoesNotExistFails() throws Exception {
        Clause close = Doc314.api(ApiKind.METHOD, "Interpreter.close", "(*, force=False)", List.of());
        String message = failure(signature(List.of(Doc314.INTERPRETER), close));
        assertTrue(message.contains("keyword 'force' is not accepted (no such parameter)"), message);
    }

    @Test
    void aKeywordParameterThatIsPositionalOnlyFails() throws Exception {
        Clause prepare = Doc314.api(ApiKind.METHOD, "Interpreter.prepare_main", "(ns=None, **kwargs)", List.of());
        String message = failure(signature(List.of(Doc314.INTERPRETER), prepare));
        assertTrue(message.contains("'ns' must be accepted by position 1 and by keyword; the implementation has "
                + "positional-only parameter 'ns' with a default"), message);
    }

    @Test
    void aRequiredParameterTheDocumentDoesNotShowFails() throws Exception {
        Clause call = Doc314.api(ApiKind.METHOD, "Interpreter.call", "()", List.of());
        String message = failure(signature(List.of(Doc314.INTERPRETER), call));
        assertTrue(message.contains("the implementation requires positional-only parameter 'callable'"), message);
    }

    @Test
    void aWrongBaseFails() throws Exception {
        Clause notShareable = Doc314.api(ApiKind.EXCEPTION, "NotShareableError", "", List.of("InterpreterError"));
        String message = failure(check(List.of(), notShareable, "bases"));
        assertTrue(message.startsWith("concurrent.interpreters.NotShareableError should be a subclass of "
                + "InterpreterError, but its MRO is NotShareableError -> TypeError"), message);
    }

    @Test
    void anInstanceAttributeThatNoConstructorTakesIsMissing() throws Exception {
        Clause bogus = Doc314.api(ApiKind.ATTRIBUTE, "ExecutionFailed.snapshot", "", List.of());
        String message = failure(check(List.of(Doc314.EXECUTION_FAILED), bogus, "exists"));
        assertTrue(message.contains("neither the class ExecutionFailed has an attribute 'snapshot' nor does its "
                + "constructor take a parameter 'snapshot'"), message);
    }

    @Test
    void aBuiltinWithoutSignatureIsNotVerifiedRatherThanPassed() throws Exception {
        Clause isShareable = Doc314.api(ApiKind.FUNCTION, "is_shareable", "(obj)", List.of());
        RunResult r = CPythonRunner.run(signature(List.of(), isShareable));
        assertEquals(Outcome.ERROR, r.outcome(), r::stderr);
        assertEquals(TestDeriver.NOT_VERIFIED_ERROR, r.error().orElseThrow().typeName());
        assertTrue(r.error().get().message().startsWith("is_shareable has no inspectable signature"));
    }

    @Test
    void aModuleThatIsNotThereFailsWithImportAdvice() throws Exception {
        Clause draft = new Clause(Doc314.INTERPRETER.kind(), "api:create", "create()", Doc314.INTERPRETER.location(),
                "", Doc314.api(ApiKind.FUNCTION, "create", "()", List.of()).api().map(a -> new dev.pep734.tck.spec
                .ApiDeclaration(a.kind(), "interpreters", a.qualifiedName(), a.signature(), a.parameters(),
                a.bases())), java.util.Optional.empty(), List.of());
        String message = failure(check(List.of(), draft, "exists"));
        assertTrue(message.startsWith("module interpreters cannot be imported (ModuleNotFoundError"), message);
    }

    private static DerivedTest check(List<Clause> parents, Clause api, String check) {
        return TestDeriver.forApi(Doc314.PROFILE, parents, api, List.of()).stream()
                .filter(t -> t.segmentValue().equals(check)).findFirst().orElseThrow();
    }

    private static DerivedTest signature(List<Clause> parents, Clause api) {
        return check(parents, api, "signature");
    }

    private static String failure(DerivedTest test) throws Exception {
        RunResult r = CPythonRunner.run(test);
        assertEquals(Outcome.FAILED, r.outcome(), () -> test.displayName() + "\n" + r.stderr());
        return r.error().orElseThrow().message();
    }
}
