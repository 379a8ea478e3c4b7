package dev.pep734.tck;

import dev.pep734.tck.engine.Pep734Tck;

/**
 * The ground-truth run of the current API: the whole TCK against CPython 3.14.3 (release {@code cpython-3.14.3} of
 * the kit's release table: the process adapter on the interpreter unpacked from the test class path). Surefire
 * selects this class; the TCK engine resolves it into every profile's tests. Every test of the profiles CPython
 * claims must pass, or carry an erratum or a listed deviation.
 */
@Pep734Tck(release = "cpython-3.14.3")
class CPythonTck {
}
