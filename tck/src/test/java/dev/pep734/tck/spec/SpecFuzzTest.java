package dev.pep734.tck.spec;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Generated and damaged documents and assertion headers ({@link FuzzInputs}) fed to the reStructuredText
 * reader and the header parser: each input is read (with or without issues) or refused with an issue, within
 * a bound of CPU time (no catastrophic backtracking), never with an exception. The seed is printed and a
 * failing input saved under {@code target/spec-tests/}. Default size for {@code mvn verify}; tens of
 * thousands with {@code -Dpep734.fuzz.inputs=50000 -Dpep734.fuzz.seed=<n>}.
 */
class SpecFuzzTest {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final long SEED = Long.getLong("pep734.fuzz.seed", 0x9L);
    private static final int INPUTS = Integer.getInteger("pep734.fuzz.inputs", 3000);
    /** CPU time of this thread per input: generous, a slow input here means super-linear parsing. */
    private static final long BOUND_MILLIS = 500;

    @Test
    void generatedDocumentsAreReadOrReportedInBoundedTime() {
        FuzzInputs inputs = new FuzzInputs(SEED);
        int withIssues = 0;
        long maxMicros = 0;
        long bytes = 0;
        for (int n = 0; n < INPUTS; n++) {
            byte[] input = inputs.document();
            bytes += input.length;
            long start = CPU.getCurrentThreadCpuTime();
            SpecFixtures.Read read;
            try {
                read = SpecFixtures.read("fuzz-" + n + ".rst", input);
            } catch (RuntimeException | StackOverflowError e) {
                fail("document #" + n + " (seed " + SEED + ") threw; saved as " + save("doc", n, input), e);
                return;
            }
            long micros = TimeUnit.NANOSECONDS.toMicros(CPU.getCurrentThreadCpuTime() - start);
            maxMicros = Math.max(maxMicros, micros);
            assertTrue(micros < BOUND_MILLIS * 1000, "document #" + n + " (seed " + SEED + ") took " + micros / 1000
                    + " ms of CPU; saved as " + save("doc", n, input));
            checkLines(read.issues(), input, n);
            withIssues += read.issues().isEmpty() ? 0 : 1;
        }
        System.out.printf("[spec fuzz] documents=%d seed=%d bytes=%d with_issues=%d clean=%d max_cpu_ms=%.1f%n",
                INPUTS, SEED, bytes, withIssues, INPUTS - withIssues, maxMicros / 1000.0);
        assertTrue(withIssues > 0 && withIssues < INPUTS, "the generator should make both clean and broken documents");
    }

    @Test
    void generatedHeadersParseOrYieldAnError() {
        FuzzInputs inputs = new FuzzInputs(SEED + 1);
        int parsed = 0;
        long maxMicros = 0;
        for (int n = 0; n < INPUTS; n++) {
            String source = inputs.header();
            IssueSink sink = new IssueSink("fuzz-" + n + ".py");
            long start = CPU.getCurrentThreadCpuTime();
            Optional<AssertionHeaderParser.Parsed> result;
            try {
                result = AssertionHeaderParser.parse(source, sink);
            } catch (RuntimeException | StackOverflowError e) {
                fail("header #" + n + " (seed " + SEED + ") threw; saved as " + save("header", n, bytes(source)), e);
                return;
            }
            long micros = TimeUnit.NANOSECONDS.toMicros(CPU.getCurrentThreadCpuTime() - start);
            maxMicros = Math.max(maxMicros, micros);
            assertTrue(micros < BOUND_MILLIS * 1000, "header #" + n + " took " + micros / 1000 + " ms of CPU");
            boolean errors = sink.issues().stream().anyMatch(i -> i.severity() == SpecIssue.Severity.ERROR);
            if (result.isPresent()) {
                parsed++;
                assertFalse(result.get().header().clause().isBlank(), "header #" + n + " parsed without a clause");
            } else if (!errors) {
                fail("header #" + n + " refused without an error issue; saved as " + save("header", n, bytes(source)));
            }
            checkLines(sink.issues(), bytes(source), n);
        }
        System.out.printf("[spec fuzz] headers=%d seed=%d parsed=%d refused_with_issue=%d max_cpu_ms=%.1f%n",
                INPUTS, SEED + 1, parsed, INPUTS - parsed, maxMicros / 1000.0);
        assertTrue(parsed > 0 && parsed < INPUTS, "the generator should make both good and bad headers");
    }

    private static void checkLines(List<SpecIssue> issues, byte[] input, int n) {
        int lines = 2;
        for (byte b : input) {
            lines += b == '\n' || b == '\r' ? 1 : 0;
        }
        for (SpecIssue issue : issues) {
            int line = issue.location().line();
            assertTrue(line >= 1 && line <= lines, "input #" + n + ": issue line out of range: " + issue);
            assertFalse(issue.message().isBlank(), "input #" + n + ": blank issue message");
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Path save(String kind, int n, byte[] input) {
        try {
            Path out = Path.of("target", "spec-tests", "fuzz-" + kind + "-" + SEED + "-" + n);
            Files.createDirectories(out.getParent());
            return Files.write(out, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
