package dev.pep734.tck.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small certificates for the tests of this package. */
final class Samples {

    static final Map<String, String> KIT = Map.of(KitArtifacts.TCK, "sha256:aa", KitArtifacts.SPEC, "sha256:bb");

    private Samples() {
    }

    static TestOutcome test(String id, String level, String status, String message) {
        return new TestOutcome("p/" + id, "p", level, status, id + " works", "clause of " + id,
                "pep734/spec/p/document.rst:" + (10 + id.length()), message);
    }

    static List<TestOutcome> passing() {
        List<TestOutcome> results = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            results.add(test("api:f" + i + "/check:exists", i % 3 == 0 ? "should" : "must", TestOutcome.PASSED, ""));
        }
        results.add(test("statement:x", "", TestOutcome.ABORTED, "not verified by this TCK: no assertion quotes it"));
        results.add(test("api:g/check:signature", "must", TestOutcome.ABORTED,
                "not verified by this TCK: erratum g-untestable: the signature is not introspectable"));
        results.add(new TestOutcome("q/api:h/check:exists", "q", "must", TestOutcome.ABORTED, "h exists", "h", "",
                "profile q not claimed by fake"));
        return results;
    }

    static Certificate certificate(String shard, List<Exclusion> exclusions, List<TestOutcome> results) {
        return new Certificate("0.1.0", KIT, Map.of("id", "fake", "name", "Fake", "version", "1.0", "vendor", "us",
                "runtime", "JVM", "declaredProfiles", "p"), List.of("p"), shard, "2026-11-23T09:00:00Z",
                exclusions, results);
    }

    static Certificate conformant() {
        return certificate(Certificate.ALL_SHARDS, List.of(), passing());
    }
}
