/**
 * The TCK as a JUnit Platform engine ({@code pep734-tck}): finding tests and running them.
 *
 * <h2>The tree</h2>
 * engine &rarr; profile ({@code [profile:concurrent.interpreters-3.14]}) &rarr; sections and API clauses, nested
 * as in the document (e.g. {@code [section:concurrent-interpreters-multiple-interpreters-in-the-same-process]/
 * [section:reference]/[section:interpreter-objects]/[api:Interpreter]/[api:Interpreter.close]}) &rarr; leaves:
 * derived checks ({@code [check:exists]}), examples ({@code [example:basic-usage/1]}) under their section,
 * assertion scripts ({@code [assertion:close-twice]}) under the clause they name, and, for every statement no
 * assertion quotes, an aborted leaf "not verified by this TCK: ..." ({@code [statement:...]}). Faults of the
 * kit itself (stale errata, assertions naming unknown clauses, errors in the documents, unknown entries of a
 * vendor's expectations file) are failing leaves, so they fail the run in every report. Ids come from spec
 * anchors, never from lines; every node's source is the class-path resource and line it comes from, except that
 * the engine and profile nodes name the marker class when there is one (Surefire needs a {@code ClassSource}).
 * Certificates, expectations and deviations name a test by its stable id, the profile, its innermost clause and
 * the test ({@code concurrent.interpreters-3.14/api:Interpreter.close/check:exists}): see {@code TestPaths}.
 *
 * <h2>Selectors</h2>
 * A class annotated with {@link dev.pep734.tck.engine.Pep734Tck} selects everything; a unique id selects its
 * subtree; a file, class-path resource or URI selects what comes from that resource, and with a line the clause
 * at that line. The whole tree is always built first, so stale errata and unknown expectations are found
 * whatever is selected; selectors then prune it. One run tests one implementation: when several marker classes
 * are selected together, the first that names an implementation wins (a warning says so).
 *
 * <h2>Execution</h2>
 * One script at a time unless {@code pep734.tck.parallelism} says more. The implementation is started once; each script is written under
 * {@code <workdir>/<id>/scripts/} (its reproducer) and run through one session, which is replaced
 * after a timeout or crash. See {@link dev.pep734.tck.engine.Constants} for every setting.
 */
package dev.pep734.tck.engine;
