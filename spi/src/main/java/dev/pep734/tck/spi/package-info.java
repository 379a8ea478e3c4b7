/**
 * What an implementation of Python's multiple-interpreters API provides to the TCK.
 *
 * <p>JDK only, no JUnit: a vendor can implement it without the rest of the kit. An implementation is a
 * {@link dev.pep734.tck.spi.PythonImplementation} registered for {@link java.util.ServiceLoader} and chosen
 * with {@code -Dpep734.tck.implementation=ID}. The TCK starts it once per run, opens {@link
 * dev.pep734.tck.spi.Session sessions} from it and asks each session to run Python scripts, each in a fresh
 * main interpreter.
 *
 * <p>This package is its own artifact, {@code dev.pep734:pep734-spi}, with no dependencies: a provider compiles
 * against it alone and puts the kit ({@code pep734-tck}) on its test class path only. For a provider that runs
 * each script in a process, {@link dev.pep734.tck.spi.ProcessResults} classifies how the process ended and
 * {@link dev.pep734.tck.spi.Tracebacks} reads the uncaught exception from its standard error.
 */
package dev.pep734.tck.spi;
