/**
 * The spec documents as data: a reStructuredText reader for the subset the documents use, the clause tree
 * built from each document, assertion-script headers and errata. JDK only.
 *
 * <p>Problems in the sources are data ({@link dev.pep734.tck.spec.SpecIssue}), never exceptions: a malformed
 * document yields issues with file and line, and whatever could still be read.
 */
package dev.pep734.tck.spec;
