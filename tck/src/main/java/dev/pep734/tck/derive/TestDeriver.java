package dev.pep734.tck.derive;

import dev.pep734.tck.spec.Clause;
import dev.pep734.tck.spec.Erratum;
import dev.pep734.tck.spec.Profile;
import java.util.List;

/**
 * CONTRACT (to be implemented): turns API and example clauses into runnable Python scripts.
 */
public final class TestDeriver {

    private TestDeriver() {
    }

    /**
     * Checks for one API clause: exists, kind, signature (accepted parameters) and, for exceptions and
     * classes with documented bases, bases. Errata targeting {@code <anchor>/check:<name>} replace or
     * drop the matching check.
     *
     * @param parents the enclosing API clauses, outermost first (a method's class), for qualified lookup
     */
    public static List<DerivedTest> forApi(Profile profile, List<Clause> parents, Clause api, List<Erratum> errata) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The test of one example clause: runs as written, or as its erratum says; output checked when shown. */
    public static List<DerivedTest> forExample(Profile profile, Clause example, List<Erratum> errata) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
