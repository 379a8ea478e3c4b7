package dev.pep734.tck.engine;

import dev.pep734.tck.spec.ApiDeclaration;
import dev.pep734.tck.spec.ApiKind;
import dev.pep734.tck.spec.AssertionHeader;
import dev.pep734.tck.spec.AssertionScript;
import dev.pep734.tck.spec.Clause;
import dev.pep734.tck.spec.ClauseKind;
import dev.pep734.tck.spec.Erratum;
import dev.pep734.tck.spec.Expectation;
import dev.pep734.tck.spec.Level;
import dev.pep734.tck.spec.Profile;
import dev.pep734.tck.spec.ProfileSpec;
import dev.pep734.tck.spec.SourceLocation;
import dev.pep734.tck.spec.SpecIssue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small hand-made profile standing in for a real document, so that engine tests do not depend on the
 * reader. Its scripts speak the fake implementations' directives ({@code # fake: ...}, see {@link FakeSession}).
 *
 * <pre>
 * section:reference            line 3
 *   statement:module-provides  line 5   (no assertion quotes it)
 *   api:Thing                  line 8   (class)
 *     statement:a-thing-is-small    line 9   (quoted by thing-small)
 *     api:Thing.close          line 12  (method)
 *       statement:close-frees       line 13  (quoted by close-twice)
 *       statement:close-is-idempotent line 14 (no assertion quotes it)
 *   api:make                   line 17  (function; make-bad-input expects ValueError)
 *   example:reference/1        line 21  (prints "hello")
 * section:limits               line 30  (declared not testable by an erratum)
 *   api:limit                  line 32
 * </pre>
 */
final class Fixtures {

    static final String DOC = "fixtures/engine/pep734/spec/%s/document.rst";
    static final String ASSERTIONS = "fixtures/engine/pep734/spec/%s/assertions/";

    private Fixtures() {
    }

    static ProfileSpec profile(String id) {
        return profile(id, List.of(), List.of(), List.of());
    }

    static ProfileSpec profile(String id, List<AssertionScript> extraAssertions, List<Erratum> extraErrata,
                               List<SpecIssue> issues) {
        String doc = DOC.formatted(id);
        Clause close = api(doc, 12, "api:Thing.close", "Thing.close()", ApiKind.METHOD,
                statement(doc, 13, "statement:close-frees", "Close frees the thing."),
                statement(doc, 14, "statement:close-is-idempotent", "Calling close twice is fine."));
        Clause thing = api(doc, 8, "api:Thing", "class Thing", ApiKind.CLASS,
                statement(doc, 9, "statement:a-thing-is-small", "A Thing is small."), close);
        Clause make = api(doc, 17, "api:make", "make()", ApiKind.FUNCTION,
                statement(doc, 18, "statement:make-raises", "make() raises ValueError for bad input."));
        Clause example = new Clause(ClauseKind.EXAMPLE, "example:reference/1", "Reference, example 1",
                SourceLocation.of(doc, 21), "# fake: print hello", Optional.empty(), Optional.of("hello\n"), List.of());
        Clause reference = new Clause(ClauseKind.SECTION, "section:reference", "Reference", SourceLocation.of(doc, 3),
                "", Optional.empty(), Optional.empty(), List.of(
                statement(doc, 5, "statement:module-provides", "This module   provides things."),
                thing, make, example));
        Clause limits = new Clause(ClauseKind.SECTION, "section:limits", "Limits", SourceLocation.of(doc, 30), "",
                Optional.empty(), Optional.empty(), List.of(api(doc, 32, "api:limit", "limit()", ApiKind.FUNCTION)));
        Clause document = new Clause(ClauseKind.DOCUMENT, "document", id, SourceLocation.of(doc, 1), "",
                Optional.empty(), Optional.empty(), List.of(reference, limits));

        List<AssertionScript> assertions = new ArrayList<>(List.of(
                assertion(id, "close-twice", "api:Thing.close", "# fake: pass\n", Level.MUST, Expectation.PASS,
                        "closing a thing twice does not raise", "Close frees the thing."),
                assertion(id, "thing-small", "api:Thing", "# fake: pass\n", Level.SHOULD, Expectation.PASS,
                        "a thing is small", "A Thing is small."),
                assertion(id, "make-bad-input", "api:make", "# fake: raise ValueError bad input\n", Level.MUST,
                        Expectation.raising("ValueError"), "make() rejects bad input",
                        "make() raises ValueError for bad input."),
                assertion(id, "module-imports", "section:reference", "# fake: pass\n", Level.MAY, Expectation.PASS,
                        "the module imports", null)));
        assertions.addAll(extraAssertions);
        List<Erratum> errata = new ArrayList<>(List.of(
                erratum(id, "thing-signature", "api:Thing/check:signature", 2, Map.of("signature", "(size)")),
                erratum(id, "limits-untestable", "section:limits", 9, Map.of("action", "not-testable"))));
        errata.addAll(extraErrata);
        Profile profile = new Profile(id, "Fixture API " + id, List.of("fixture"), "fixtures/engine/pep734/spec/" + id);
        return new ProfileSpec(profile, document, assertions, errata, issues);
    }

    static Clause statement(String doc, int line, String anchor, String text) {
        return new Clause(ClauseKind.STATEMENT, anchor, text, SourceLocation.of(doc, line), text, Optional.empty(),
                Optional.empty(), List.of());
    }

    static Clause api(String doc, int line, String anchor, String title, ApiKind kind, Clause... children) {
        String name = anchor.substring("api:".length());
        ApiDeclaration declaration = new ApiDeclaration(kind, "fixture", name, "", List.of(), List.of());
        return new Clause(ClauseKind.API, anchor, title, SourceLocation.of(doc, line), "", Optional.of(declaration),
                Optional.empty(), List.of(children));
    }

    static AssertionScript assertion(String profile, String id, String clause, String source, Level level,
                                     Expectation expect, String description, String quote) {
        return assertion(profile, id, clause, source, level, expect, description, quote, Optional.empty());
    }

    static AssertionScript assertion(String profile, String id, String clause, String source, Level level,
                                     Expectation expect, String description, String quote, Optional<Duration> timeout) {
        AssertionHeader header = new AssertionHeader(clause, quote == null ? List.of() : List.of(quote), level,
                Set.of("fixture-feature"), expect, description == null ? "" : description, timeout);
        String resource = ASSERTIONS.formatted(profile) + id + ".py";
        return new AssertionScript(id, resource, SourceLocation.of(resource, 1), header, source);
    }

    static Erratum erratum(String profile, String id, String target, int line, Map<String, String> fields) {
        return new Erratum(id, target, "reason of " + id, "evidence", "instead", fields,
                SourceLocation.of("fixtures/engine/pep734/spec/" + profile + "/errata.txt", line));
    }
}
