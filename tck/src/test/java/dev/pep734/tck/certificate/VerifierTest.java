package dev.pep734.tck.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifierTest {

    private final Verifier verifier = new Verifier(new KitArtifacts("0.1.0", Samples.KIT));

    @Test
    void an_untouched_certificate_made_with_this_kit_verifies() {
        assertEquals(List.of(), verifier.check(Samples.conformant().toJson()));
    }

    @Test
    void a_changed_result_is_caught_by_the_digest_and_by_the_recomputed_counts() {
        Map<String, Object> json = new LinkedHashMap<>(Samples.conformant().toJson());
        List<Object> results = new ArrayList<>((List<?>) json.get("results"));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = new LinkedHashMap<>((Map<String, Object>) results.get(1));
        assertEquals("must", first.get("level"));
        first.put("status", "failed");
        results.set(1, first);
        json.put("results", results);
        List<String> problems = verifier.check(json);
        assertTrue(problems.get(0).startsWith("digest mismatch"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("'verdict' does not follow from the results")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("'counts' does not follow")), problems.toString());
    }

    @Test
    void a_verdict_flipped_together_with_a_fresh_digest_is_still_caught() {
        Map<String, Object> json = new LinkedHashMap<>(Samples.certificate("all", List.of(),
                List.of(Samples.test("api:f/check:exists", "must", TestOutcome.FAILED, "no f"))).toJson());
        json.put("verdict", Map.of("conformant", true, "reasons", List.of()));
        json.put("digest", Certificate.digest(json));
        assertEquals(List.of("'verdict' does not follow from the results (recomputed: {\"conformant\":false,"
                + "\"reasons\":[\"profile p: 1 of 1 must tests did not pass\"]})"), verifier.check(json));
    }

    @Test
    void a_certificate_of_another_kit_is_named_as_such() {
        Verifier other = new Verifier(new KitArtifacts("0.2.0",
                Map.of(KitArtifacts.TCK, "sha256:cc", KitArtifacts.SPEC, "sha256:bb")));
        assertEquals(List.of("pep734-tck: the certificate was made with sha256:aa, this kit is sha256:cc "
                + "(another version of the kit or spec)"), other.check(Samples.conformant().toJson()));
    }

    @Test
    void the_command_checks_files_and_exits_non_zero_on_a_broken_one(@TempDir Path dir) throws IOException {
        Path good = CertificateFiles.write(dir.resolve("good"), Samples.conformant(), null);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(good).replace("\"passed\"", "\"failed\""));
        String tck = ArtifactDigest.of(dir.resolve("good"));
        // The kit digests of the sample are made up: give the command the matching ones.
        assertEquals(1, Verify.run(new String[] {good.toString()}), "the sample names a made-up kit");
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Certificate real = Samples.certificate("all", List.of(), Samples.passing());
            Map<String, String> kit = Map.of(KitArtifacts.TCK, tck, KitArtifacts.SPEC, tck);
            Path made = CertificateFiles.write(dir.resolve("real"), new Certificate(real.tckVersion(), kit,
                    real.implementation(), real.claimedProfiles(), real.shard(), real.created(), real.exclusions(),
                    real.results()), null);
            String[] args = {"--tck", dir.resolve("good").toString(), "--spec", dir.resolve("good").toString(),
                    made.toString()};
            assertEquals(0, Verify.run(args));
            assertEquals(1, Verify.run(new String[] {"--tck", dir.resolve("good").toString(), bad.toString()}));
            assertEquals(2, Verify.run(new String[0]));
        } finally {
            System.setOut(saved);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("VALID " + dir.resolve("real/certificate.json") + ": fake 1.0, conformant"), printed);
        assertTrue(printed.contains("INVALID " + bad), printed);
    }
}
