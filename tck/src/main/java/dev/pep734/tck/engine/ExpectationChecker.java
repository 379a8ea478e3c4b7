package dev.pep734.tck.engine;

import java.util.HashSet;
import java.util.Set;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * Finds entries of the vendor's expectations file that name no test, and adds a failing leaf for each, so
 * that a stale exclusion (a renamed test, a typo) cannot silently hide a failure.
 */
final class ExpectationChecker {

    private final VendorExpectations expectations;

    ExpectationChecker(VendorExpectations expectations) {
        this.expectations = expectations;
    }

    /** Checks the entries against every test under {@code root}; failing leaves for unknown ones go to {@code run}. */
    void check(TestDescriptor root, TestDescriptor run) {
        Set<String> paths = new HashSet<>();
        root.getDescendants().forEach(d -> paths.add(TestPaths.shortPath(d.getUniqueId())));
        LeafFactory leaves = new LeafFactory("expectations");
        for (VendorExpectations.Entry entry : expectations.entries()) {
            if (!paths.contains(entry.path())) {
                TestDescriptor leaf = leaves.broken(run.getUniqueId(), "expectation", entry.path(),
                        "unknown test in the expectations file: " + entry.path(),
                        FileSource.from(expectations.file().toFile(), FilePosition.from(entry.line())),
                        expectations.where(entry) + ": no test has the path " + entry.path()
                                + "; paths look like <profile>/<type:value>/.../<type:value> (see "
                                + Constants.EXPECTATIONS + ")");
                run.addChild(leaf);
            }
        }
    }
}
