package dev.pep734.tck.derive;

import dev.pep734.tck.spec.ApiDeclaration;
import dev.pep734.tck.spec.ApiKind;
import dev.pep734.tck.spec.Clause;
import dev.pep734.tck.spec.Erratum;
import dev.pep734.tck.spec.Expectation;
import dev.pep734.tck.spec.Parameter;
import dev.pep734.tck.spec.Profile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The checks of one API clause, each a script that calls one function of the shipped {@code api_checks.py}.
 *
 * <p>Which checks a clause gets:
 * <ul>
 *   <li>{@code exists} always;</li>
 *   <li>{@code kind} for functions, classes, exceptions, methods and attributes of plain classes. An attribute
 *       of an exception class is normally set on the instance in {@code __init__} (e.g.
 *       {@code ExecutionFailed.excinfo}); the class cannot show what kind it is, so such an attribute gets no
 *       kind check (its value is the business of assertion scripts) and its {@code exists} check accepts a
 *       constructor parameter of that name, saying so on stdout;</li>
 *   <li>{@code signature} when the document shows a parameter list (or an erratum gives one). A callable
 *       without inspectable signature (a builtin such as {@code is_shareable}) is not called to find out:
 *       the script raises {@code unittest.SkipTest}, which the engine reports "not verified"
 *       ({@link TestDeriver#NOT_VERIFIED_ERROR});</li>
 *   <li>{@code bases} when the document names base classes (or an erratum does).</li>
 * </ul>
 */
final class ApiTests {

    /** The checks every API script carries, read once. */
    private static final String HELPER = PythonText.resource("api_checks.py");

    private final Profile profile;
    private final Clause clause;
    private final ApiDeclaration api;
    private final String qualifiedName;
    private final boolean ownerIsException;
    private final ErrataIndex errata;

    ApiTests(Profile profile, List<Clause> parents, Clause clause, List<Erratum> errata) {
        this.profile = profile;
        this.clause = clause;
        this.api = clause.api().orElseThrow(() -> new IllegalArgumentException(clause.anchor()
                + " is not an API clause"));
        Optional<ApiDeclaration> owner = parents.isEmpty() ? Optional.empty() : parents.get(parents.size() - 1).api();
        this.qualifiedName = owner.map(ApiDeclaration::qualifiedName)
                .filter(o -> !api.qualifiedName().startsWith(o + ".") && !api.qualifiedName().equals(o))
                .map(o -> o + "." + api.qualifiedName())
                .orElse(api.qualifiedName());
        this.ownerIsException = owner.map(o -> o.kind() == ApiKind.EXCEPTION).orElse(false);
        this.errata = new ErrataIndex(errata);
    }

    List<DerivedTest> derive() {
        if (errata.clauseNotTestable(clause.anchor())) {
            return List.of();
        }
        List<DerivedTest> tests = new ArrayList<>();
        add(tests, "exists", () -> call("check_exists", kindWord()), label() + " exists");
        if (hasKindCheck()) {
            add(tests, "kind", () -> call("check_kind", kindWord()), label() + " is " + kindPhrase());
        }
        Optional<Erratum> signatureErratum = errata.find(checkTarget("signature"));
        if (!api.signature().isBlank() || signatureErratum.flatMap(e -> e.field("signature")).isPresent()) {
            List<Parameter> params = withoutSelf(signatureErratum.flatMap(e -> e.field("signature"))
                    .map(SignatureText::parse).orElse(api.parameters()));
            String shown = SignatureText.format(params);
            String name = api.kind() == ApiKind.FUNCTION || api.kind() == ApiKind.METHOD ? label()
                    : qualifiedName + "()";
            add(tests, "signature", () -> signatureCall(params, shown), name + " accepts " + shown);
        }
        Optional<Erratum> basesErratum = errata.find(checkTarget("bases"));
        List<String> bases = basesErratum.flatMap(e -> e.field("bases"))
                .map(b -> Arrays.stream(b.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(api.bases());
        if (!bases.isEmpty()) {
            add(tests, "bases", () -> basesCall(bases),
                    qualifiedName + " is a subclass of " + String.join(" and ", bases));
        }
        return List.copyOf(tests);
    }

    /** Adds one check unless its erratum declares it not testable. */
    private void add(List<DerivedTest> tests, String check, Supplier<String> body, String displayName) {
        Optional<Erratum> erratum = errata.find(checkTarget(check));
        if (erratum.filter(Erratum::notTestable).isPresent()) {
            return;
        }
        String declared = ".. " + api.kind().name().toLowerCase(Locale.ROOT) + ":: " + api.qualifiedName()
                + api.signature();
        String source = ScriptHeader.of(displayName, "check:" + check, profile, clause, declared, erratum)
                + "\n" + HELPER + "\n\nif __name__ == \"__main__\":\n" + body.get();
        tests.add(new DerivedTest("check", check, displayName, source, Expectation.PASS, Optional.empty(),
                Set.of("derived", "api"), erratum.map(Erratum::id)));
    }

    /** Some documents write a method's {@code self}; the checks compare what callers pass, so it goes. */
    private List<Parameter> withoutSelf(List<Parameter> params) {
        boolean self = api.kind() == ApiKind.METHOD && !params.isEmpty() && params.get(0).name().equals("self")
                && params.get(0).kind() != Parameter.Kind.KEYWORD_ONLY;
        return self ? params.subList(1, params.size()) : params;
    }

    private String checkTarget(String check) {
        return clause.anchor() + "/check:" + check;
    }

    private String call(String function, String kind) {
        return "    " + function + "(" + PythonText.literal(api.module()) + ", " + PythonText.literal(qualifiedName)
                + ", " + PythonText.literal(kind) + ")\n";
    }

    private String signatureCall(List<Parameter> params, String shown) {
        String documented = params.stream()
                .map(p -> "            (" + PythonText.literal(p.name()) + ", " + p.kind().name() + ", "
                        + (p.hasDefault() ? "True" : "False") + "),\n")
                .collect(Collectors.joining());
        return "    check_signature(\n"
                + "        module=" + PythonText.literal(api.module()) + ",\n"
                + "        qualname=" + PythonText.literal(qualifiedName) + ",\n"
                + "        kind=" + PythonText.literal(kindWord()) + ",\n"
                + "        documented=[\n" + documented + "        ],\n"
                + "        shown=" + PythonText.literal(shown) + ",\n"
                + "    )\n";
    }

    private String basesCall(List<String> bases) {
        return "    check_bases(" + PythonText.literal(api.module()) + ", " + PythonText.literal(qualifiedName) + ", ["
                + bases.stream().map(PythonText::literal).collect(Collectors.joining(", ")) + "])\n";
    }

    private boolean hasKindCheck() {
        return switch (api.kind()) {
            case FUNCTION, CLASS, EXCEPTION, METHOD -> true;
            case ATTRIBUTE -> !ownerIsException;
            case MODULE, DATA -> false;
        };
    }

    private String kindWord() {
        return api.kind().name().toLowerCase(Locale.ROOT);
    }

    private String kindPhrase() {
        return switch (api.kind()) {
            case FUNCTION -> "a function";
            case CLASS -> "a class";
            case EXCEPTION -> "an exception class";
            case METHOD -> "a method";
            case ATTRIBUTE -> "a data attribute";
            case MODULE, DATA -> throw new IllegalStateException("no kind check for " + api.kind());
        };
    }

    private String label() {
        return api.kind() == ApiKind.FUNCTION || api.kind() == ApiKind.METHOD ? qualifiedName + "()" : qualifiedName;
    }
}
