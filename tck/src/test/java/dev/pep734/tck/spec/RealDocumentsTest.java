package dev.pep734.tck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The five real documents, read from the spec module's sources: no errors, and the clauses they hold. */
class RealDocumentsTest {

    private static final SpecLibrary LIBRARY = SpecFixtures.realLibrary();

    private static ProfileSpec load(String id) {
        return LIBRARY.load(LIBRARY.profile(id).orElseThrow(() -> new AssertionError("no profile " + id)));
    }

    private static List<SpecIssue> documentIssues(ProfileSpec spec) {
        return spec.issues().stream()
                .filter(i -> i.location().resource().equals(spec.profile().documentResource())).toList();
    }

    @Test
    void profilesAreListedInReportOrder() {
        assertEquals(List.of("concurrent.interpreters-3.14", "concurrent.interpreters-3.14.3", "interpreters-draft",
                "howto", "test.support.interpreters-3.9", "_interpreters-lowlevel"),
                LIBRARY.profiles().stream().map(Profile::id).toList());
        assertEquals(List.of(), LIBRARY.indexIssues());
        Profile draft = LIBRARY.profile("interpreters-draft").orElseThrow();
        assertEquals(List.of("interpreters", "interpreters.queues", "interpreters.channels"), draft.modules());
        assertEquals("pep734/spec/interpreters-draft/document.rst", draft.documentResource());
    }

    @ParameterizedTest(name = "{0}: {1} sections, {2} API, {3} examples, {4} statements")
    @CsvSource({
        "concurrent.interpreters-3.14, 7, 19, 1, 32",
        "concurrent.interpreters-3.14.3, 13, 24, 1, 109",
        "interpreters-draft, 7, 21, 1, 50",
        "howto, 25, 0, 27, 98",
        "test.support.interpreters-3.9, 4, 23, 0, 40",
        "_interpreters-lowlevel, 1, 9, 1, 24",
    })
    void documentsParseWithoutErrorsIntoTheExpectedClauses(String id, int sections, int apis, int examples,
                                                           int statements) {
        ProfileSpec spec = load(id);
        List<SpecIssue> errors = documentIssues(spec).stream()
                .filter(i -> i.severity() == SpecIssue.Severity.ERROR).toList();
        assertEquals(List.of(), errors);
        Map<ClauseKind, Long> counts = new EnumMap<>(ClauseKind.class);
        for (ClauseKind kind : ClauseKind.values()) {
            counts.put(kind, SpecFixtures.flatten(spec.document()).stream().filter(c -> c.kind() == kind).count());
        }
        assertEquals(Map.of(ClauseKind.DOCUMENT, 1L, ClauseKind.SECTION, (long) sections, ClauseKind.API, (long) apis,
                ClauseKind.EXAMPLE, (long) examples, ClauseKind.STATEMENT, (long) statements), counts,
                () -> "clause counts of " + id);
    }

    @Test
    void theOnlyDocumentWarningsAreTheDocumentsOwnDefects() {
        assertEquals(List.of("765: duplicate anchor 'section:gotchas' (first at line 406); this one is"
                + " 'section:gotchas-2'"), messages(documentIssues(load("howto"))));
        assertEquals(List.of("32: unexpected text after the signature of 'run': :"),
                messages(documentIssues(load("test.support.interpreters-3.9"))));
        for (String clean : List.of("concurrent.interpreters-3.14", "concurrent.interpreters-3.14.3", "interpreters-draft",
                "_interpreters-lowlevel")) {
            assertEquals(List.of(), documentIssues(load(clean)), clean);
        }
    }

    @Test
    void finalApiHasTheModuleItsFunctionsTheClassWithEightMembersAndFiveExceptionClauses() {
        assertEquals(List.of("api:concurrent.interpreters", "api:list_all", "api:get_current", "api:get_main",
                "api:create", "api:Interpreter", "api:Interpreter.id", "api:Interpreter.whence",
                "api:Interpreter.is_running", "api:Interpreter.close", "api:Interpreter.prepare_main",
                "api:Interpreter.exec", "api:Interpreter.call", "api:Interpreter.call_in_thread",
                "api:InterpreterError", "api:InterpreterNotFoundError", "api:ExecutionFailed",
                "api:ExecutionFailed.excinfo", "api:NotShareableError"),
                SpecFixtures.anchors(load("concurrent.interpreters-3.14").document(), ClauseKind.API));
    }

    @Test
    void finalApiDeclarationsCarrySignaturesBasesAndLines() {
        Clause document = load("concurrent.interpreters-3.14").document();
        Clause call = find(document, "api:Interpreter.call");
        ApiDeclaration api = call.api().orElseThrow();
        assertEquals(ApiKind.METHOD, api.kind());
        assertEquals("concurrent.interpreters", api.module());
        assertEquals("(callable, /, *args, **kwargs)", api.signature());
        assertEquals(List.of(new Parameter("callable", Parameter.Kind.POSITIONAL_ONLY, null),
                new Parameter("args", Parameter.Kind.VAR_POSITIONAL, null),
                new Parameter("kwargs", Parameter.Kind.VAR_KEYWORD, null)), api.parameters());
        assertEquals("Interpreter.call()", call.title());
        assertEquals(SourceLocation.of("pep734/spec/concurrent.interpreters-3.14/document.rst", 123), call.location());
        assertEquals(List.of(new Parameter("code", Parameter.Kind.POSITIONAL_ONLY, null),
                new Parameter("dedent", Parameter.Kind.POSITIONAL_OR_KEYWORD, "True")),
                find(document, "api:Interpreter.exec").api().orElseThrow().parameters());
        assertEquals(List.of("InterpreterError"), find(document, "api:ExecutionFailed").api().orElseThrow().bases());
        assertEquals(List.of("TypeError"), find(document, "api:NotShareableError").api().orElseThrow().bases());
        assertEquals(ApiKind.ATTRIBUTE, find(document, "api:ExecutionFailed.excinfo").api().orElseThrow().kind());
    }

    @Test
    void finalStatementsAndTheExample() {
        Clause document = load("concurrent.interpreters-3.14").document();
        Clause close = find(document, "api:Interpreter.close");
        assertEquals("Finalize and destroy the interpreter.", close.text());
        Clause statement = close.children().get(0);
        assertEquals("statement:finalize-and-destroy-the-interpreter", statement.anchor());
        assertEquals("Interpreter.close(): Finalize and destroy the interpreter.", statement.title());
        assertEquals(112, statement.location().line());
        Clause keyDetails = find(document, "section:key-details");
        assertTrue(keyDetails.children().stream().anyMatch(c -> c.title().equals("Key details: isolated, by default")));
        Clause example = find(document, "example:basic-usage/1");
        assertEquals("Basic usage, example 1", example.title());
        assertTrue(example.text().startsWith("from concurrent import interpreters\n\ninterp = interpreters.create()"),
                example.text());
        assertTrue(example.text().endsWith("t = interp.call_in_thread(run)\nt.join()"), example.text());
        assertTrue(example.text().contains("interp.exec(\"\"\"if True:\n    print('spam!')\n    \"\"\")"));
    }

    @Test
    void draftApiComesFromItsTables() {
        Clause document = load("interpreters-draft").document();
        Clause interpreter = find(document, "api:Interpreter");
        assertEquals(ApiKind.CLASS, interpreter.api().orElseThrow().kind());
        assertEquals(List.of("api:Interpreter.id", "api:Interpreter.whence", "api:Interpreter.is_running",
                "api:Interpreter.close", "api:Interpreter.prepare_main", "api:Interpreter.exec", "api:Interpreter.call",
                "api:Interpreter.call_in_thread"),
                interpreter.children().stream().filter(c -> c.kind() == ClauseKind.API).map(Clause::anchor).toList());
        assertEquals("(src_str, /, dedent=True)", find(document, "api:Interpreter.exec").api().orElseThrow().signature());
        ApiDeclaration failed = find(document, "api:ExecutionFailed").api().orElseThrow();
        assertEquals(ApiKind.EXCEPTION, failed.kind());
        assertEquals(List.of("InterpreterError"), failed.bases());
        assertEquals("(*, unbounditems=UNBOUND)", find(document, "api:create_channel").api().orElseThrow().signature());
        assertEquals(145, find(document, "api:create_channel").location().line());
        assertEquals("section:interp-shareable-objects", find(document, "section:interp-shareable-objects").anchor());
    }

    @Test
    void howtoSectionsFollowDocutilsLevelsAndLabels() {
        Clause document = load("howto").document();
        Clause basics = find(document, "section:interp-tutorial-basics");
        assertEquals("Tutorial: Basics", basics.title());
        assertTrue(find(document, "section:when-to-use-multiple-interpreters").children().contains(basics));
        assertEquals(5, find(document, "section:running-code-in-an-interpreter").children().stream()
                .filter(c -> c.kind() == ClauseKind.EXAMPLE).count());
        assertEquals("Gotchas", find(document, "section:gotchas-2").title());
    }

    @Test
    void olderProfilesKeepTheirModulesAndSignatures() {
        Clause support = load("test.support.interpreters-3.9").document();
        ApiDeclaration run = find(support, "api:Interpreter.run").api().orElseThrow();
        assertEquals("test.support.interpreters", run.module());
        assertEquals(List.of("self", "src_str", "channels"), run.parameters().stream().map(Parameter::name).toList());
        assertEquals(Parameter.Kind.KEYWORD_ONLY, run.parameters().get(2).kind());
        assertEquals(List.of("RuntimeError"), find(support, "api:RunFailedError").api().orElseThrow().bases());
        Clause lowlevel = load("_interpreters-lowlevel").document();
        assertEquals("_interpreters", find(lowlevel, "api:run_string").api().orElseThrow().module());
        assertEquals("_interpreters --- Low-level interpreters API, example 1",
                find(lowlevel, "example:interpreters-low-level-interpreters-api/1").title());
    }

    static Clause find(Clause root, String anchor) {
        return SpecFixtures.flatten(root).stream().filter(c -> c.anchor().equals(anchor)).findFirst()
                .orElseThrow(() -> new AssertionError("no clause " + anchor));
    }

    static List<String> messages(List<SpecIssue> issues) {
        return issues.stream().map(i -> i.location().line() + ": " + i.message()).toList();
    }
}
