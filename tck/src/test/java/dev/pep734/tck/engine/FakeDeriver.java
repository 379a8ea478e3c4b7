package dev.pep734.tck.engine;

import dev.pep734.tck.derive.DerivedTest;
import dev.pep734.tck.spec.Clause;
import dev.pep734.tck.spec.Erratum;
import dev.pep734.tck.spec.Expectation;
import dev.pep734.tck.spec.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Derives like the real deriver is specified to, in miniature: an {@code exists} check per API clause, a
 * {@code signature} check where an erratum supplies one (naming the erratum), and one test per example.
 */
final class FakeDeriver implements Deriver {

    @Override
    public List<DerivedTest> forApi(Profile profile, List<Clause> parents, Clause api, List<Erratum> errata) {
        String name = api.anchorValue();
        List<DerivedTest> tests = new ArrayList<>();
        tests.add(new DerivedTest("check", "exists", name + " exists", "# fake: pass\n# exists " + name + "\n",
                Expectation.PASS, Optional.empty(), Set.of(), Optional.empty()));
        for (Erratum e : errata) {
            if (e.target().equals(api.anchor() + "/check:signature") && e.field("signature").isPresent()) {
                tests.add(new DerivedTest("check", "signature", name + " has signature " + e.field("signature").get(),
                        "# fake: pass\n", Expectation.PASS, Optional.empty(), Set.of(), Optional.of(e.id())));
            }
        }
        return tests;
    }

    @Override
    public List<DerivedTest> forExample(Profile profile, Clause example, List<Erratum> errata) {
        return List.of(new DerivedTest("example", example.anchorValue(), example.title(), example.text() + "\n",
                Expectation.PASS, example.expectedOutput(), Set.of(), Optional.empty()));
    }
}
