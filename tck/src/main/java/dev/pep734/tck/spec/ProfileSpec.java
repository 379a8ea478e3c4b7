package dev.pep734.tck.spec;

import java.util.List;

/**
 * Everything the TCK knows about one profile: its document as a clause tree, the assertion scripts keyed
 * to it, its errata, and the problems found while reading them.
 */
public record ProfileSpec(Profile profile, Clause document, List<AssertionScript> assertions,
                          List<Erratum> errata, List<SpecIssue> issues) {

    public ProfileSpec {
        assertions = List.copyOf(assertions);
        errata = List.copyOf(errata);
        issues = List.copyOf(issues);
    }
}
