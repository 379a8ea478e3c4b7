/**
 * Builds the reports of every implementation's TCK run (see this module's README).
 *
 * <p>{@link dev.pep734.reports.ResultsMerger} copies every module's Allure results (and a CI fleet's shards)
 * into one directory with {@code categories.json} ({@link dev.pep734.reports.Categories}) and
 * {@code environment.properties}; {@link dev.pep734.reports.ConformancePages} collects the certificates the TCK
 * engine wrote, merges shards, and writes the certificates, the conformance matrix and the spec pages they link
 * to as static HTML. allure-maven then writes {@code executor.json} and renders the Allure report.
 */
package dev.pep734.reports;
