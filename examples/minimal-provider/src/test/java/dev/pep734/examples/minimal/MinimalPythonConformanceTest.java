package dev.pep734.examples.minimal;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.Select;
import org.junit.platform.suite.api.Suite;

/**
 * The whole TCK as a JUnit Platform suite: the engine's own unique id selects every test of the kit. Which provider
 * it tests ({@code pep734.tck.implementation=minimal}) comes from {@code junit-platform.properties}: the kit's own
 * {@code cpython} process adapter is on the class path too, so without that file the run would fail asking which
 * one to test. Surefire's default includes match this class's name.
 */
@Suite
@IncludeEngines("pep734-tck")
@Select("uid:[engine:pep734-tck]")
class MinimalPythonConformanceTest {
}
