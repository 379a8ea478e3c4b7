package dev.pep734.tck;

import dev.pep734.tck.engine.Pep734Tck;

/**
 * The ground-truth run of an older API generation: the whole TCK against the release named by
 * {@code pep734.tck.release} (set by one Surefire execution per release in this module's pom, e.g.
 * {@code cpython-3.12.1}). Its tests fail the build unless the release's deviations file lists them.
 */
@Pep734Tck
class ReleaseTck {
}
