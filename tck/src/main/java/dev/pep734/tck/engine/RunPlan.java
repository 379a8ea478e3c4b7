package dev.pep734.tck.engine;

import java.util.List;
import java.util.Optional;

/**
 * What discovery decided for the run.
 *
 * @param settings every {@code pep734.tck.*} value
 * @param implementationId the implementation to test
 * @param implementationProblem why it cannot be used (unknown id), when it cannot
 * @param expectations the vendor's expected failures
 * @param profiles each loaded profile's tree (untested counts and stale errata for the summary)
 */
record RunPlan(TckSettings settings, String implementationId, Optional<String> implementationProblem,
               VendorExpectations expectations, List<ProfileTree> profiles) {

    RunPlan {
        profiles = List.copyOf(profiles);
    }
}
