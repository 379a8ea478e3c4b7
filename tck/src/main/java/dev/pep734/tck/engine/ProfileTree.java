package dev.pep734.tck.engine;

import dev.pep734.tck.spec.Erratum;
import java.util.List;

/**
 * One profile's part of the tree, with what the summary reports about it.
 *
 * @param root the profile container
 * @param untested how many statements no assertion quotes and no not-testable erratum triages
 * @param staleErrata errata that match no clause or test
 */
record ProfileTree(ContainerDescriptor root, int untested, List<Erratum> staleErrata) {

    ProfileTree {
        staleErrata = List.copyOf(staleErrata);
    }
}
