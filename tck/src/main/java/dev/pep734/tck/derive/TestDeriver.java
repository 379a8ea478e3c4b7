package dev.pep734.tck.derive;

import dev.pep734.tck.spec.Clause;
import dev.pep734.tck.spec.Erratum;
import dev.pep734.tck.spec.Profile;
import java.util.List;

/**
 * Turns API and example clauses into runnable Python scripts (each runs as-is with {@code python FILE}).
 *
 * <p>What the derived scripts check and where they stop is documented on the package-private builders:
 * API checks (exists, kind, signature, bases) and examples. The checks themselves are Python, shipped as
 * {@code dev/pep734/tck/derive/api_checks.py} and copied into every API script so it stands alone.
 */
public final class TestDeriver {

    /**
     * The uncaught exception ({@code unittest.SkipTest}, a {@code PythonError} with this type name) with which
     * a derived script says that its check cannot be made on this implementation, e.g. the signature of a
     * builtin that has none to inspect. The engine must report such a run as not verified (aborted with the
     * exception's message), never as passed or failed.
     */
    public static final String NOT_VERIFIED_ERROR = "SkipTest";

    private TestDeriver() {
    }

    /**
     * Checks for one API clause: exists, kind, signature (accepted parameters) and, for exceptions and
     * classes with documented bases, bases. Errata targeting {@code <anchor>/check:<name>} replace or
     * drop the matching check; an erratum on the clause's anchor with {@code action: not-testable} drops all.
     *
     * @param parents the enclosing API clauses, outermost first (a method's class), for qualified lookup
     * @throws IllegalArgumentException when {@code api} is not an API clause
     */
    public static List<DerivedTest> forApi(Profile profile, List<Clause> parents, Clause api, List<Erratum> errata) {
        return new ApiTests(profile, parents, api, errata).derive();
    }

    /**
     * The test of one example clause: runs as written, or as its erratum says; output checked when shown.
     * Errata target the example's anchor ({@code example:basic-usage/1}).
     *
     * @throws IllegalStateException when an erratum names a replacement file that is not on the class path
     */
    public static List<DerivedTest> forExample(Profile profile, Clause example, List<Erratum> errata) {
        return ExampleTests.derive(profile, example, errata);
    }
}
