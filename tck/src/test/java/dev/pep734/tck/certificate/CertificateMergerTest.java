package dev.pep734.tck.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateMergerTest {

    private static List<Certificate> shards(int n) {
        List<Certificate> parts = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            Shard shard = new Shard(k, n);
            parts.add(Samples.certificate(shard.toString(), List.of(),
                    Samples.passing().stream().filter(r -> shard.contains(r.id())).toList()));
        }
        return parts;
    }

    @Test
    void every_shard_merges_into_the_whole_run() {
        CertificateMerger.Merged merged = CertificateMerger.merge(shards(3));
        assertEquals(List.of(), merged.problems());
        assertEquals(Samples.conformant(), merged.certificate());
        assertTrue(merged.certificate().conformance().conformant());
    }

    @Test
    void a_missing_shard_leaves_a_partial_certificate_that_is_not_conformant() {
        List<Certificate> parts = shards(3);
        parts.remove(1);
        Certificate merged = CertificateMerger.merge(parts).certificate();
        assertEquals("1,3/3", merged.shard());
        assertFalse(merged.conformance().conformant());
    }

    @Test
    void shards_of_different_kits_or_n_are_reported() {
        List<Certificate> parts = new ArrayList<>(shards(2));
        Certificate other = Samples.certificate("1/3", List.of(), List.of());
        parts.add(new Certificate("0.2", java.util.Map.of(KitArtifacts.TCK, "sha256:zz", KitArtifacts.SPEC, "x"),
                other.implementation(), other.claimedProfiles(), "3/3", other.created(), List.of(), List.of()));
        CertificateMerger.Merged merged = CertificateMerger.merge(parts);
        assertTrue(merged.problems().stream().anyMatch(p -> p.startsWith("shard 3/3 differs in artifacts")),
                merged.problems().toString());
        assertTrue(merged.problems().contains("shards of different N: 3/3 and ?/2"), merged.problems().toString());
        assertFalse(merged.certificate().conformance().conformant());
    }
}
