package dev.pep734.tck.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Checks a certificate: its digest and everything derived (counts, verdict, failures) are recomputed from its
 * results and must match what is written; its kit and spec digests must match the kit doing the checking.
 *
 * @param kit the artifacts of the kit that checks (the verifier's own class path, or files given to it)
 */
record Verifier(KitArtifacts kit) {

    /** The problems found; empty when the certificate is intact and made with this kit. */
    List<String> check(Map<String, Object> stored) {
        List<String> problems = new ArrayList<>();
        Certificate certificate;
        try {
            certificate = Certificate.fromJson(stored);
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
        Map<String, Object> recomputed = certificate.toJson();
        String digest = Certificate.digest(stored);
        if (!digest.equals(stored.get("digest"))) {
            problems.add("digest mismatch: the content hashes to " + digest + ", the certificate says "
                    + stored.get("digest") + " (it was changed after it was written)");
        }
        for (String key : new TreeSet<>(recomputed.keySet())) {
            if (!"digest".equals(key) && !Objects.equals(CanonicalJson.write(stored.get(key)),
                    CanonicalJson.write(recomputed.get(key)))) {
                problems.add("'" + key + "' does not follow from the results (recomputed: "
                        + abbreviate(CanonicalJson.write(recomputed.get(key))) + ")");
            }
        }
        for (String key : new TreeSet<>(stored.keySet())) {
            if (!recomputed.containsKey(key)) {
                problems.add("unknown member '" + key + "'");
            }
        }
        certificate.artifacts().forEach((name, hash) -> {
            String mine = kit.digests().getOrDefault(name, KitArtifacts.UNAVAILABLE);
            if (KitArtifacts.UNAVAILABLE.equals(mine)) {
                problems.add(name + ": not found on this verifier's class path (give it with --"
                        + name.substring(name.lastIndexOf('-') + 1) + " PATH)");
            } else if (!mine.equals(hash)) {
                problems.add(name + ": the certificate was made with " + hash + ", this kit is " + mine
                        + " (another version of the kit or spec)");
            }
        });
        if (!certificate.artifacts().keySet().containsAll(List.of(KitArtifacts.TCK, KitArtifacts.SPEC))) {
            problems.add("the certificate does not name both " + KitArtifacts.TCK + " and " + KitArtifacts.SPEC);
        }
        return problems;
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
