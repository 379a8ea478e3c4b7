package dev.pep734.tck.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

/** Deliberately broken implementations: the TCK must fail (or skip) them, with messages that teach. */
class BrokenImplementationTest {

    private static EngineExecutionResults run(String implementation) {
        return TckRun.kit("broken-" + implementation, Fixtures.profile("fixture"))
                .configurationParameter(Constants.IMPLEMENTATION, implementation)
                .selectors(selectClass(TckRun.FAKE_MARKER)).execute();
    }

    @Test
    void an_implementation_that_never_raises_fails_the_negative_test_and_the_example() {
        EngineExecutionResults results = run("fake-always-passes");
        results.testEvents().assertStatistics(s -> s.failed(2));
        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("make() rejects bad input"),
                finishedWithFailure(instanceOf(AssertionFailedError.class), message(m -> m.startsWith(
                        "make() rejects bad input: expected the script to raise ValueError, but it ended normally\n"
                                + "clause: api:make (fixtures/engine/pep734/spec/fixture/document.rst:17)\n"
                                + "the spec says: \"make() raises ValueError for bad input.\"\n"
                                + "reproduce with: python ")))));
    }

    @Test
    void an_implementation_raising_the_wrong_type_fails_the_negative_test() {
        run("fake-wrong-exception").testEvents().assertThatEvents().haveExactly(1,
                event(displayName("make() rejects bad input"), finishedWithFailure(message(m -> m.startsWith(
                        "make() rejects bad input: expected the script to raise ValueError, but it raised "
                                + "RuntimeError: bad input")))));
    }

    @Test
    void stray_output_fails_the_example_with_a_diff() {
        EngineExecutionResults results = run("fake-chatty");
        results.testEvents().assertStatistics(s -> s.failed(1));
        results.testEvents().assertThatEvents().haveExactly(1, event(displayName("Reference, example 1"),
                finishedWithFailure(message(m -> m.contains(
                        "the output differs from the document's (- document, + actual):\n  hello\n+ debug: leaked\n")))));
    }

    @Test
    void an_implementation_claiming_nothing_has_every_test_skipped() {
        EngineExecutionResults results = run("fake-claims-nothing");
        results.testEvents().assertStatistics(s -> s.failed(0).succeeded(0).aborted(12));
        results.testEvents().assertThatEvents().haveExactly(9, event(test(), abortedWithReason(message(
                "profile fixture not claimed by fake-claims-nothing (Fake 0.1)"))));
    }

    @Test
    void an_implementation_that_cannot_start_fails_every_test_that_needs_it_with_the_reason() {
        EngineExecutionResults results = run("fake-cannot-start");
        results.testEvents().assertStatistics(s -> s.failed(9).aborted(3));
        results.testEvents().assertThatEvents().haveExactly(9, event(test(), finishedWithFailure(message(
                "implementation 'fake-cannot-start' could not start: no python at /nowhere/python3: install it or"
                        + " set pep734.tck.python"))));
    }
}
