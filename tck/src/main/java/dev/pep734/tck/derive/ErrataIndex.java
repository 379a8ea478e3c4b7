package dev.pep734.tck.derive;

import dev.pep734.tck.spec.Erratum;
import java.util.List;
import java.util.Optional;

/** Finds the erratum, if any, that targets a clause or one derived test of it. */
final class ErrataIndex {

    private final List<Erratum> errata;

    ErrataIndex(List<Erratum> errata) {
        this.errata = List.copyOf(errata);
    }

    /** The erratum whose target is exactly this ({@code api:X}, {@code api:X/check:signature}, ...). */
    Optional<Erratum> find(String target) {
        return errata.stream().filter(e -> e.target().strip().equals(target)).findFirst();
    }

    /** Whether the whole clause is declared not testable (it then gets no derived test). */
    boolean clauseNotTestable(String anchor) {
        return find(anchor).filter(Erratum::notTestable).isPresent();
    }
}
