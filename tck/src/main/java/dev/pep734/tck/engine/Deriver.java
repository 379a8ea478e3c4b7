package dev.pep734.tck.engine;

import dev.pep734.tck.derive.DerivedTest;
import dev.pep734.tck.derive.TestDeriver;
import dev.pep734.tck.spec.Clause;
import dev.pep734.tck.spec.Erratum;
import dev.pep734.tck.spec.Profile;
import java.util.List;

/** The derivation of tests from API and example clauses; {@link TestDeriver} in a run, fakes in tests. */
interface Deriver {

    List<DerivedTest> forApi(Profile profile, List<Clause> parents, Clause api, List<Erratum> errata);

    List<DerivedTest> forExample(Profile profile, Clause example, List<Erratum> errata);

    static Deriver standard() {
        return new Deriver() {
            @Override
            public List<DerivedTest> forApi(Profile profile, List<Clause> parents, Clause api, List<Erratum> errata) {
                return TestDeriver.forApi(profile, parents, api, errata);
            }

            @Override
            public List<DerivedTest> forExample(Profile profile, Clause example, List<Erratum> errata) {
                return TestDeriver.forExample(profile, example, errata);
            }
        };
    }
}
