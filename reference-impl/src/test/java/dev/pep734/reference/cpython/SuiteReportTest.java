package dev.pep734.reference.cpython;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading run_suite.py's report as it is written. */
class SuiteReportTest {

    @Test
    void readsPlanOutcomesFixturesAndTheRunningTest() {
        SuiteReport report = new SuiteReport();
        report.accept("PLAN\tm.T.test_a");
        report.accept("PLAN\tm.T.test_b");
        report.accept("START\tm.T.test_a");
        assertEquals(Optional.of("m.T.test_a"), report.running());
        report.accept("END\tm.T.test_a\tfail\t0.25\tTraceback:\\n  x\\tx\\\\n\\nAssertionError");
        report.accept("FIXTURE\tsetUpClass (m.U)\tboom");
        report.accept("START\tm.T.test_b");
        assertEquals(List.of("m.T.test_a", "m.T.test_b"), List.copyOf(report.plan()));
        TestResult a = report.ended().get("m.T.test_a");
        assertEquals(new TestResult("m.T.test_a", Outcome.FAIL, 0.25, "Traceback:\n  x\tx\\n\nAssertionError"), a);
        assertEquals("AssertionError", a.summary());
        assertEquals(List.of("setUpClass (m.U): boom"), report.fixtureFailures());
        assertEquals(Optional.of("m.T.test_b"), report.running());
        assertFalse(report.done());
        report.accept("DONE");
        assertTrue(report.done());
    }

    @Test
    void aLineItCannotReadIsAnError() {
        SuiteReport report = new SuiteReport();
        assertEquals("unknown report line: HELLO\tx",
                assertThrows(IllegalArgumentException.class, () -> report.accept("HELLO\tx")).getMessage());
        assertEquals("report line with too few fields: END\tm.T.test_a",
                assertThrows(IllegalArgumentException.class, () -> report.accept("END\tm.T.test_a")).getMessage());
        assertEquals("unknown test outcome 'maybe'", assertThrows(IllegalArgumentException.class,
                () -> report.accept("END\tm.T.test_a\tmaybe\t1\t")).getMessage());
    }
}
