package dev.pep734.tck.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.tck.spec.Clause;
import dev.pep734.tck.spec.ClauseKind;
import dev.pep734.tck.spec.Profile;
import dev.pep734.tck.spec.ProfileSpec;
import dev.pep734.tck.spec.SpecLibrary;
import dev.pep734.tck.spi.Outcome;
import dev.pep734.tck.spi.RunResult;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Everything derived from the real concurrent.interpreters 3.14 document (as the spec reader reads it from
 * this checkout's spec module, with its errata) passes on CPython 3.14.3, the ground truth of that profile.
 */
class RealDocumentOnCPythonTest {

    /** The spec module's resources in this checkout (the installed pep734-spec snapshot may be stale). */
    private static final Path SPEC_RESOURCES = Path.of("..", "spec", "src", "main", "resources").toAbsolutePath();

    @Test
    void everyDerivedTestOfTheProfilePassesOnCPython() throws Exception {
        assertTrue(Files.isRegularFile(SPEC_RESOURCES.resolve("pep734/spec/profiles.txt")), SPEC_RESOURCES.toString());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {SPEC_RESOURCES.toUri().toURL()})) {
            SpecLibrary library = SpecLibrary.fromClassLoader(loader);
            Profile profile = library.profile("concurrent.interpreters-3.14").orElseThrow();
            ProfileSpec spec = library.load(profile);
            List<DerivedTest> tests = new ArrayList<>();
            collect(spec, spec.document(), new ArrayList<>(), tests);
            assertTrue(tests.size() >= 50, "only " + tests.size() + " tests derived");
            assertTrue(tests.stream().anyMatch(t -> t.erratumId().isPresent()), "no erratum applied");
            List<String> failures = new ArrayList<>();
            for (DerivedTest test : tests) {
                RunResult r = CPythonRunner.run(test);
                boolean outputOk = test.expectedStdout().map(out -> out.strip().equals(r.stdout().strip())).orElse(true);
                if (r.outcome() != Outcome.PASSED || !outputOk) {
                    failures.add(test.displayName() + ": " + r.outcome() + "\n" + r.stderr());
                }
            }
            assertEquals(List.of(), failures);
        }
    }

    private static void collect(ProfileSpec spec, Clause clause, List<Clause> apiParents, List<DerivedTest> out) {
        if (clause.kind() == ClauseKind.API) {
            out.addAll(TestDeriver.forApi(spec.profile(), List.copyOf(apiParents), clause, spec.errata()));
        } else if (clause.kind() == ClauseKind.EXAMPLE) {
            out.addAll(TestDeriver.forExample(spec.profile(), clause, spec.errata()));
        }
        boolean api = clause.kind() == ClauseKind.API;
        if (api) {
            apiParents.add(clause);
        }
        for (Clause child : clause.children()) {
            collect(spec, child, apiParents, out);
        }
        if (api) {
            apiParents.remove(apiParents.size() - 1);
        }
    }
}
