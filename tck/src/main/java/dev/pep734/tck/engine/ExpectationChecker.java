package dev.pep734.tck.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.platform.engine.TestDescriptor;

/**
 * Finds entries of the vendor's expectations file that name no test, and adds a failing leaf for each, so
 * that a stale exclusion (a renamed test, a typo) cannot silently hide a failure.
 */
final class ExpectationChecker {

    private final VendorExpectations expectations;

    ExpectationChecker(VendorExpectations expectations) {
        this.expectations = expectations;
    }

    /**
     * Checks the entries against every test under {@code root}; failing leaves for unknown ones go to {@code run}.
     * An entry in the long form (every section on the way) still works, with a warning that names its stable id.
     */
    void check(TestDescriptor root, TestDescriptor run, Consumer<String> warnings) {
        Set<String> paths = new HashSet<>();
        Map<String, String> stableOfLong = new HashMap<>();
        root.getDescendants().forEach(d -> {
            String stable = TestPaths.stableId(d.getUniqueId());
            String full = TestPaths.shortPath(d.getUniqueId());
            paths.add(stable);
            paths.add(full);
            stableOfLong.put(full, stable);
        });
        for (VendorExpectations.Entry entry : expectations.entries()) {
            String stable = stableOfLong.get(entry.path());
            if (stable != null && !stable.equals(entry.path())) {
                warnings.accept(expectations.where(entry) + ": " + entry.path() + " is the long form of a test id, "
                        + "which changes when a section above the clause is retitled; write " + stable);
            }
        }
        LeafFactory leaves = new LeafFactory("expectations");
        for (VendorExpectations.Entry entry : expectations.entries()) {
            if (!paths.contains(entry.path())) {
                TestDescriptor leaf = leaves.broken(run.getUniqueId(), "expectation", entry.path(),
                        "unknown test in the expectations file: " + entry.path(),
                        expectations.source(entry),
                        expectations.where(entry) + ": no test has the path " + entry.path()
                                + "; paths look like <profile>/<type:value>/.../<type:value> (see "
                                + Constants.EXPECTATIONS + ")");
                run.addChild(leaf);
            }
        }
    }
}
