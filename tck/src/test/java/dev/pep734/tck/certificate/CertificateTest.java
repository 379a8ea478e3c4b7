package dev.pep734.tck.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CertificateTest {

    @Test
    void every_must_test_passed_is_conformant_and_not_verified_tests_do_not_count() {
        Conformance verdict = Samples.conformant().conformance();
        assertTrue(verdict.conformant(), verdict.reasons().toString());
        assertEquals(Map.of("must", Map.of("passed", 20L, "aborted", 1L), "should", Map.of("passed", 10L),
                "(none)", Map.of("aborted", 1L)), Samples.conformant().counts().get("p"));
    }

    @Test
    void a_failed_must_test_an_exclusion_a_filtered_test_or_a_shard_is_not_conformant() {
        List<TestOutcome> results = new ArrayList<>(Samples.passing());
        results.set(1, Samples.test("api:f1/check:exists", "must", TestOutcome.FAILED, "f1 is missing"));
        results.set(2, Samples.test("api:f2/check:exists", "must", TestOutcome.NOT_RUN, "left out"));
        Certificate c = Samples.certificate("2/4",
                List.of(new Exclusion("p/api:f5", "known bug", "exp.txt:3", "failed")), results);
        assertEquals(List.of(
                "covers only part of the tests (2/4): run them all, or merge every shard's certificate",
                "1 vendor exclusion(s): a run with expected failures cannot be conformant",
                "profile p: 1 of 20 must tests did not pass",
                "profile p: 1 of 20 must tests were filtered out of the run (tags or selectors)"),
                c.conformance().reasons());
        assertEquals(List.of("p/api:f1/check:exists"), c.failures().stream().map(TestOutcome::id).toList());
    }

    @Test
    void claiming_nothing_or_a_profile_without_tests_is_not_conformant() {
        Certificate none = new Certificate("0.1.0", Samples.KIT, Map.of("id", "x"), List.of(), "all", "t",
                List.of(), Samples.passing());
        assertEquals(List.of("the implementation claims no profile"), none.conformance().reasons());
        Certificate other = new Certificate("0.1.0", Samples.KIT, Map.of("id", "x"), List.of("p", "zz"), "all", "t",
                List.of(), Samples.passing());
        assertEquals(List.of("profile zz: no must test in this run"), other.conformance().reasons());
    }

    @Test
    void a_failed_kit_check_of_the_run_itself_is_not_conformant() {
        List<TestOutcome> results = new ArrayList<>(Samples.passing());
        results.add(new TestOutcome("(run)/expectation:x", "(run)", "", TestOutcome.FAILED, "x", "run", "",
                "no test has the path x"));
        assertFalse(Samples.certificate("all", List.of(), results).conformance().conformant());
    }

    @Test
    void json_survives_a_round_trip_and_the_digest_covers_everything_but_itself() {
        Map<String, Object> json = Samples.conformant().toJson();
        String text = CanonicalJson.pretty(json);
        @SuppressWarnings("unchecked")
        Map<String, Object> back = (Map<String, Object>) CanonicalJson.parse(text);
        assertEquals(CanonicalJson.write(json), CanonicalJson.write(back));
        assertEquals(Samples.conformant(), Certificate.fromJson(back));
        assertTrue(((String) json.get("digest")).matches("sha256:[0-9a-f]{64}"));
        Certificate later = Samples.certificate("all", List.of(), Samples.passing().subList(0, 5));
        assertFalse(json.get("digest").equals(later.toJson().get("digest")));
    }

    @Test
    void html_shows_the_verdict_counts_and_an_anchor_per_test() {
        String html = CertificateHtml.render(Samples.conformant(), "sha256:00", "../spec/");
        assertTrue(html.contains("class=\"verdict yes\">CONFORMANT"), html);
        assertTrue(html.contains("id=\"t-p/api:f0/check:exists\""), html);
        assertTrue(html.contains("<a href=\"../spec/pep734/spec/p/document.rst.html#L31\">"), html);
        assertFalse(html.contains("<script"), "static page");
    }
}
