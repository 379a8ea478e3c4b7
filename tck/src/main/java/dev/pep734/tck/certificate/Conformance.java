package dev.pep734.tck.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The verdict of a certificate, computed from its content only (so a verifier recomputes it).
 * Conformant means: the run covers every shard, claims at least one profile, lists no vendor exclusion, every
 * claimed profile has {@code must} tests and every one of them passed (a test the kit reports "not verified"
 * is no test: see {@link TestOutcome#NOT_VERIFIED}), and no test of the run itself (a kit or configuration
 * fault) failed.
 *
 * @param conformant the verdict
 * @param reasons why not, one line each; empty when conformant
 */
public record Conformance(boolean conformant, List<String> reasons) {

    /** The profile of faults of the run itself (stale errata, unknown expectations, unreadable spec). */
    static final String RUN_PROFILE_PREFIX = "(";

    public Conformance {
        reasons = List.copyOf(reasons);
    }

    static Conformance judge(Set<String> claimed, String shard, List<Exclusion> exclusions,
                             List<TestOutcome> results) {
        List<String> reasons = new ArrayList<>();
        if (!Certificate.ALL_SHARDS.equals(shard)) {
            reasons.add("covers only part of the tests (" + shard + "): run them all, or merge every shard's certificate");
        }
        if (claimed.isEmpty()) {
            reasons.add("the implementation claims no profile");
        }
        if (!exclusions.isEmpty()) {
            reasons.add(exclusions.size() + " vendor exclusion(s): a run with expected failures cannot be conformant");
        }
        TreeMap<String, int[]> must = new TreeMap<>();
        TreeSet<String> faults = new TreeSet<>();
        for (TestOutcome r : results) {
            if (r.profile().startsWith(RUN_PROFILE_PREFIX) && !r.passed()) {
                faults.add(r.id());
            }
            if (claimed.contains(r.profile()) && "must".equals(r.level()) && !r.notVerified()) {
                int[] c = must.computeIfAbsent(r.profile(), p -> new int[3]);
                c[0]++;
                if (TestOutcome.NOT_RUN.equals(r.status())) {
                    c[2]++;
                } else if (!r.passed()) {
                    c[1]++;
                }
            }
        }
        for (String profile : new TreeSet<>(claimed)) {
            int[] c = must.get(profile);
            if (c == null) {
                reasons.add("profile " + profile + ": no must test in this run");
                continue;
            }
            if (c[1] > 0) {
                reasons.add("profile " + profile + ": " + c[1] + " of " + c[0] + " must tests did not pass");
            }
            if (c[2] > 0) {
                reasons.add("profile " + profile + ": " + c[2] + " of " + c[0]
                        + " must tests were filtered out of the run (tags or selectors)");
            }
        }
        if (!faults.isEmpty()) {
            reasons.add(faults.size() + " fault(s) of the run itself: " + String.join(", ", faults));
        }
        return new Conformance(reasons.isEmpty(), reasons);
    }
}
