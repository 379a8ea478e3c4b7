package dev.pep734.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pep734.tck.certificate.Certificate;
import dev.pep734.tck.certificate.Exclusion;
import dev.pep734.tck.certificate.TestOutcome;
import dev.pep734.tck.release.Release;
import dev.pep734.tck.spec.Erratum;
import dev.pep734.tck.spec.Profile;
import dev.pep734.tck.spec.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReleasesPageTest {

    private static final String P = "test.support.interpreters-3.9";

    private static TestOutcome outcome(String test, String level, String status, String message) {
        return new TestOutcome(P + "/" + test, P, level, status, test, "clause", "", message);
    }

    @Test
    void a_cell_counts_per_level_and_tells_deviations_from_unexplained_failures() {
        Release old = new Release("cpython-3.12.1", "CPython 3.12.1", "3.12.1-1.5.10", Set.of(P),
                "_interpreters=_xxsubinterpreters", true, "ships test.support.interpreters");
        Release absent = new Release("cpython-3.11.3", "CPython 3.11.3", "3.11.3-1.5.9", Set.of(P), "", false, "");
        Certificate c = new Certificate("0.1.0", Map.of(), Map.of("id", "cpython-3.12.1"), List.of(P), "all",
                "2026-12-07T09:00:00Z", List.of(new Exclusion(P + "/api:NotReceivedError/check:exists",
                "not exported by test.support.interpreters", "classpath:pep734/releases/cpython-3.12.1/deviations.txt:4",
                "failed")), List.of(
                outcome("api:a/check:exists", "must", TestOutcome.PASSED, ""),
                outcome("api:NotReceivedError/check:exists", "must", TestOutcome.ABORTED, "expected failure: x"),
                outcome("api:b/assertion:y", "must", TestOutcome.FAILED, "boom"),
                outcome("api:c/statement:z", "should", TestOutcome.ABORTED, TestOutcome.NOT_VERIFIED + ": why")));
        Erratum erratum = new Erratum("e1", "api:a", "the document says X", "CPython 3.10.2 does Y", "Z", Map.of(),
                SourceLocation.of("pep734/spec/" + P + "/errata.txt", 7));
        String page = ReleasesPage.render(List.of(old, absent), List.of(new Profile(P, "t", List.of(), P),
                        new Profile("howto", "h", List.of(), "howto")), Map.of(P, List.of(erratum)),
                Map.of("cpython-3.12.1", c), "spec/");
        assertTrue(page.contains("<td class=\"cell failed\">must 1 / 3<br><small>1 deviations, 1 unexplained</small>"),
                page);
        assertTrue(page.contains("<td class=\"cell notrun\">&ndash;</td>"), "howto is not shipped");
        assertTrue(page.contains("<td class=\"cell notrun\">not run</td>"), "3.11.3 has no certificate here");
        assertTrue(page.contains("not exported by test.support.interpreters</td><td><small><a href=\"spec/pep734/"
                + "releases/cpython-3.12.1/deviations.txt.html#L4\">"), "a deviation links to its line");
        assertTrue(page.contains("CPython 3.10.2 does Y"), "an erratum shows its evidence");
        assertFalse(page.contains("<script"), "static");
    }
}
