/**
 * Builds the inputs of the Allure HTML report from every implementation's TCK run.
 *
 * <p>{@link dev.pep734.reports.ResultsMerger} runs in the {@code package} phase of this module, after the
 * {@code tck} and {@code reference-impl} modules have run their tests: it copies their
 * {@code target/allure-results} into this module's {@code target/allure-results} (a module that did not run is
 * skipped with a note), adds the previous report's {@code history} for trends, and writes
 * {@code categories.json} ({@link dev.pep734.reports.Categories}: failures and skips sorted by the engine's
 * messages) and {@code environment.properties}. allure-maven then writes {@code executor.json} (from its
 * {@code executorInfo}) and renders {@code target/site/allure-maven-plugin/index.html} in the {@code verify}
 * phase.
 */
package dev.pep734.reports;
