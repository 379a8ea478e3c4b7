/**
 * What the TCK tells report tools about each test, beyond what JUnit itself reports.
 *
 * <h2>Allure</h2>
 * While a leaf runs, {@link dev.pep734.tck.report.AllureBridge} gives its Allure result labels that place it in
 * the spec: epic = profile (document title), feature = the nearest section, story = the clause; the same
 * three as parent suite, suite and sub-suite for the Suites tab; severity from the requirement level; the
 * implementation as a parameter; a link to the spec line; the script and the traceback as attachments
 * (stdout and stderr become attachments through the engine's report entries). Tags come from the JUnit tags
 * (level, kind, profile, features). The history id joins the JUnit unique id with the implementation id, so
 * that runs of two implementations merged into one report are not taken for retries of each other.
 *
 * <p>Allure is optional: without {@code allure-junit-platform} on the class path the bridge does nothing (it
 * checks once). It also does nothing when the running Allure test is not the leaf, e.g. when the engine runs
 * inside another test through the JUnit test kit.
 */
package dev.pep734.tck.report;
