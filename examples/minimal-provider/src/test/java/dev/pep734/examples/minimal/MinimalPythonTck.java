package dev.pep734.examples.minimal;

import dev.pep734.tck.engine.Pep734Tck;

/** Surefire selects this class; the TCK engine turns it into every test of the kit, run against "minimal". */
@Pep734Tck(implementation = "minimal")
class MinimalPythonTck {
}
