package dev.pep734.tck;

import dev.pep734.tck.engine.Pep734Tck;

/**
 * The ground-truth run: the whole TCK against CPython 3.14.3 (the process adapter {@code cpython}, which
 * unpacks the interpreter from the test class path). Surefire selects this class; the TCK engine resolves it
 * into every profile's tests. Every test of the profiles CPython claims must pass, or carry an erratum.
 */
@Pep734Tck(implementation = "cpython")
class CPythonTck {
}
