package dev.pep734.tck.certificate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Recombines the certificates of one implementation's shards ({@code pep734.tck.shard=K/N}) into the
 * certificate of the whole run. Shards must agree on the implementation, the kit, the claim and {@code N};
 * the result covers every test only when every shard 1..N is there (then its shard is {@value
 * Certificate#ALL_SHARDS}), otherwise it says which shards it has and cannot be conformant.
 */
public final class CertificateMerger {

    /**
     * The merged certificate and what the merge noticed.
     *
     * @param certificate the merged certificate
     * @param problems disagreements between the inputs (the merge then keeps the first input's view)
     */
    public record Merged(Certificate certificate, List<String> problems) {
    }

    private CertificateMerger() {
    }

    /** Merges the certificates of one implementation; a single whole-run certificate comes back unchanged. */
    public static Merged merge(List<Certificate> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        if (parts.size() == 1 && Certificate.ALL_SHARDS.equals(parts.get(0).shard())) {
            return new Merged(parts.get(0), List.of());
        }
        List<String> problems = new ArrayList<>();
        Certificate first = parts.get(0);
        TreeSet<Integer> indexes = new TreeSet<>();
        int count = -1;
        Map<String, TestOutcome> results = new TreeMap<>();
        Map<String, Exclusion> exclusions = new TreeMap<>();
        String created = "";
        for (Certificate part : parts) {
            for (String same : List.of("implementation", "artifacts", "claimedProfiles")) {
                if (!field(part, same).equals(field(first, same))) {
                    problems.add("shard " + part.shard() + " differs in " + same + ": " + field(part, same)
                            + " vs " + field(first, same));
                }
            }
            if (Certificate.ALL_SHARDS.equals(part.shard())) {
                problems.add("a whole-run certificate cannot be merged with shards");
                continue;
            }
            Shard shard = Shard.parse(part.shard());
            if (count != -1 && shard.count() != count) {
                problems.add("shards of different N: " + shard + " and ?/" + count);
            }
            count = count == -1 ? shard.count() : count;
            if (!indexes.add(shard.index())) {
                problems.add("shard " + shard + " appears twice");
            }
            for (TestOutcome r : part.results()) {
                TestOutcome earlier = results.putIfAbsent(r.id(), r);
                if (earlier != null && !earlier.status().equals(r.status())) {
                    problems.add("test " + r.id() + " is in two shards with different results");
                }
            }
            part.exclusions().forEach(e -> exclusions.putIfAbsent(e.id(), e));
            created = part.created().compareTo(created) > 0 ? part.created() : created;
        }
        boolean complete = count > 0 && indexes.size() == count && problems.isEmpty();
        String shard = complete ? Certificate.ALL_SHARDS : joined(indexes) + "/" + count;
        Certificate merged = new Certificate(first.tckVersion(), first.artifacts(), first.implementation(),
                first.claimedProfiles(), shard, created, List.copyOf(exclusions.values()),
                results.values().stream().sorted(Comparator.comparing(TestOutcome::id)).toList());
        return new Merged(merged, problems);
    }

    private static String field(Certificate c, String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("implementation", c.implementation());
        m.put("artifacts", c.artifacts());
        m.put("claimedProfiles", c.claimedProfiles());
        return CanonicalJson.write(m.get(name));
    }

    private static String joined(TreeSet<Integer> indexes) {
        return String.join(",", indexes.stream().map(String::valueOf).toList());
    }
}
