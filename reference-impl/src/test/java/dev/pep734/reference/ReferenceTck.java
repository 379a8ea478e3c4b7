package dev.pep734.reference;

import dev.pep734.tck.engine.Pep734Tck;

/**
 * The reference implementation's run of the TCK: every profile it claims, each script in a fresh
 * {@link dev.pep734.reference.runtime.PythonRuntime} in this JVM. Known failures are listed, with their
 * reasons, in {@code src/test/resources/reference-expectations.txt}; the build fails on any other failure and
 * on a listed test that passes (so the list cannot go stale).
 */
@Pep734Tck(implementation = "reference")
class ReferenceTck {
}
