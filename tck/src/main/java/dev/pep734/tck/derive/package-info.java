/**
 * Tests the TCK derives by itself from API and example clauses ({@link dev.pep734.tck.derive.TestDeriver}).
 *
 * <p>Every derived test is a standalone Python 3.12 script that a person can rerun with {@code python FILE}; API
 * scripts carry a copy of {@code api_checks.py}. Decisions:
 * <ul>
 *   <li>{@code signature} checks that the documented calls are <em>accepted</em>: documented parameters must be
 *       there with a compatible kind (a positional-or-keyword one must stay keyword-callable; a positional-only
 *       one may also be keyword-callable), documented defaults must exist, extra parameters must be optional.
 *       A documented {@code self} is ignored.</li>
 *   <li>A callable whose signature cannot be inspected (C builtins without text signature) is not called to
 *       guess: the script raises {@code unittest.SkipTest}, reported "not verified"
 *       ({@link dev.pep734.tck.derive.TestDeriver#NOT_VERIFIED_ERROR}).</li>
 *   <li>An attribute of an exception class is an instance attribute (set in {@code __init__}); it gets no kind
 *       check, and its {@code exists} check accepts a constructor parameter of the same name, saying so on
 *       stdout. Attributes of other classes must be data on the class (property, descriptor, class
 *       attribute), not methods.</li>
 *   <li>Errata: {@code <anchor>/check:signature} and {@code /check:bases} replace the documented value and are
 *       recorded in {@link dev.pep734.tck.derive.DerivedTest#erratumId()}; {@code action: not-testable} on a
 *       check or on the whole clause produces no test (the engine reports it). Examples take
 *       {@code replacement} and {@code output} from an erratum on their anchor.</li>
 * </ul>
 */
package dev.pep734.tck.derive;
