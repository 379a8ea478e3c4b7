package dev.pep734.tck.derive;

import dev.pep734.tck.spec.ApiDeclaration;
import dev.pep734.tck.spec.ApiKind;
import dev.pep734.tck.spec.Clause;
import dev.pep734.tck.spec.ClauseKind;
import dev.pep734.tck.spec.Erratum;
import dev.pep734.tck.spec.Profile;
import dev.pep734.tck.spec.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Clauses of the concurrent.interpreters 3.14 document, built by hand as the spec reader will build them
 * (declarations copied from the document's directives).
 */
final class Doc314 {

    static final String MODULE = "concurrent.interpreters";
    static final Profile PROFILE = new Profile("concurrent.interpreters-3.14", "concurrent.interpreters (3.14)",
            List.of(MODULE), "pep734/spec/concurrent.interpreters-3.14");

    static final Clause INTERPRETER = api(ApiKind.CLASS, "Interpreter", "(id)", List.of());
    static final Clause EXECUTION_FAILED = api(ApiKind.EXCEPTION, "ExecutionFailed", "", List.of("InterpreterError"));

    /** The dedent erratum the spec's README shows. */
    static final Erratum EXEC_HAS_NO_DEDENT = erratum("exec-has-no-dedent", "api:Interpreter.exec/check:signature",
            Map.of("signature", "(code, /)"));
    /** The document omits the '/' that CPython 3.14.3 has. */
    static final Erratum INTERPRETER_ID_POSITIONAL = erratum("interpreter-id-positional-only",
            "api:Interpreter/check:signature", Map.of("signature", "(id, /)"));
    static final Erratum PREPARE_MAIN_POSITIONAL = erratum("prepare-main-ns-positional-only",
            "api:Interpreter.prepare_main/check:signature", Map.of("signature", "(ns=None, /, **kwargs)"));

    private Doc314() {
    }

    static Clause api(ApiKind kind, String name, String signature, List<String> bases) {
        return new Clause(ClauseKind.API, "api:" + name, name + (signature.isEmpty() ? "" : "()"),
                SourceLocation.of(PROFILE.documentResource(), 52), "", Optional.of(new ApiDeclaration(kind,
                MODULE, name, signature, SignatureText.parse(signature), bases)), Optional.empty(), List.of());
    }

    static Clause example(String section, int n, String title, String code, Optional<String> output) {
        return new Clause(ClauseKind.EXAMPLE, "example:" + section + "/" + n, title,
                SourceLocation.of(PROFILE.documentResource(), 110), code, Optional.empty(), output, List.of());
    }

    static Erratum erratum(String id, String target, Map<String, String> fields) {
        return new Erratum(id, target, "the document differs from CPython 3.14.3", "probe on CPython 3.14.3",
                "what CPython 3.14.3 does", fields, SourceLocation.of(PROFILE.directory() + "/errata.txt", 1));
    }

    /** Every API clause of the document's Reference section, with the parents the reader would pass. */
    static List<List<Clause>> reference() {
        return List.of(
                List.of(api(ApiKind.FUNCTION, "list_all", "()", List.of())),
                List.of(api(ApiKind.FUNCTION, "get_current", "()", List.of())),
                List.of(api(ApiKind.FUNCTION, "get_main", "()", List.of())),
                List.of(api(ApiKind.FUNCTION, "create", "()", List.of())),
                List.of(INTERPRETER),
                List.of(INTERPRETER, api(ApiKind.ATTRIBUTE, "Interpreter.id", "", List.of())),
                List.of(INTERPRETER, api(ApiKind.ATTRIBUTE, "Interpreter.whence", "", List.of())),
                List.of(INTERPRETER, api(ApiKind.METHOD, "Interpreter.is_running", "()", List.of())),
                List.of(INTERPRETER, api(ApiKind.METHOD, "Interpreter.close", "()", List.of())),
                List.of(INTERPRETER, api(ApiKind.METHOD, "Interpreter.prepare_main", "(ns=None, **kwargs)",
                        List.of())),
                List.of(INTERPRETER, api(ApiKind.METHOD, "Interpreter.exec", "(code, /, dedent=True)", List.of())),
                List.of(INTERPRETER, api(ApiKind.METHOD, "Interpreter.call", "(callable, /, *args, **kwargs)",
                        List.of())),
                List.of(INTERPRETER, api(ApiKind.METHOD, "Interpreter.call_in_thread",
                        "(callable, /, *args, **kwargs)", List.of())),
                List.of(api(ApiKind.EXCEPTION, "InterpreterError", "", List.of("Exception"))),
                List.of(api(ApiKind.EXCEPTION, "InterpreterNotFoundError", "", List.of("InterpreterError"))),
                List.of(EXECUTION_FAILED),
                List.of(EXECUTION_FAILED, api(ApiKind.ATTRIBUTE, "ExecutionFailed.excinfo", "", List.of())),
                List.of(api(ApiKind.EXCEPTION, "NotShareableError", "", List.of("TypeError"))));
    }
}
