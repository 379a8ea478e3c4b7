package dev.pep734.tck.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Thousands of randomly damaged documents (fixed seed, so a failure replays): each one is read to a clause tree
 * with or without issues, within a bound of CPU time, never an exception; lines stay in range and sibling anchors stay
 * unique. A failing input is written to target/spec-tests/ so it can be read again by hand.
 */
class MutationTest {

    private static final long SEED = 0x734L;
    /** CPU time of this thread, not wall time: the build machine is shared, and only our own work counts. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final int INPUTS = 3000;
    private static final long BOUND_MILLIS = 500;
    private static final String[] TOKENS = {"\t", "  ", "   ", "\n", "\n\n", "::", "::\n\n", "..", ".. ", "`", "``",
        ":func:`", "*", "**", "|", "| ", "+--+", "+==+", "=====", "===  ===", "-----", "~~~~", ">>> ", "... ", "#. ",
        "1. ", "* ", "- ", "(", ")", "\r", "\r\n", ".. _x:", ".. function:: f(", ".. class:: C(B)\n", ".. note::",
        ":synopsis:", " -> ", "/", ", *", "\\", "e.g. ", "...", "subclass of ", "\u00e9", "\u2028"};
    private static final byte[][] BAD_BYTES = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82}, {0}};

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void mutatedDocumentsAreReadOrReportedNeverThrown() throws IOException {
        List<byte[]> bases = bases();
        Random random = new Random(SEED);
        int withIssues = 0;
        for (int n = 0; n < INPUTS; n++) {
            byte[] input = mutate(bases.get(random.nextInt(bases.size())), random);
            long start = CPU.getCurrentThreadCpuTime();
            SpecFixtures.Read read;
            try {
                read = SpecFixtures.read("mutant-" + n + ".rst", input);
            } catch (RuntimeException | StackOverflowError e) {
                fail("input #" + n + " (seed " + SEED + ") threw; saved as " + save(n, input), e);
                return;
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(CPU.getCurrentThreadCpuTime() - start);
            assertTrue(millis < BOUND_MILLIS, "input #" + n + " took " + millis + " ms of CPU; saved as "
                    + save(n, input));
            check(read, input, n);
            withIssues += read.issues().isEmpty() ? 0 : 1;
        }
        assertTrue(withIssues > INPUTS / 10, "mutations too mild: only " + withIssues + " inputs had issues");
        assertTrue(withIssues < INPUTS, "every input had issues: the mutations never left a readable document");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void hostileInputsStayFast() {
        StringBuilder staircase = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            staircase.append(" ".repeat(i)).append("x\n\n");
        }
        StringBuilder bullets = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            bullets.append("  ".repeat(i)).append("* item\n\n");
        }
        List<String> hostile = List.of(staircase.toString(), bullets.toString(), ":`".repeat(50_000),
                "``a ".repeat(30_000), "*a ".repeat(30_000), "`x <".repeat(30_000), "+" + "-".repeat(100_000) + "+\n|",
                "=== ".repeat(20_000) + "\nx\n", ".. " + ":".repeat(100_000), "a. ".repeat(50_000) + "::",
                "Title\n" + "=".repeat(100_000) + "\n", "\t \t x\n".repeat(10_000), "(".repeat(50_000) + "\n");
        for (int i = 0; i < hostile.size(); i++) {
            byte[] input = hostile.get(i).getBytes(StandardCharsets.UTF_8);
            long start = CPU.getCurrentThreadCpuTime();
            SpecFixtures.Read read = SpecFixtures.read("hostile-" + i + ".rst", input);
            long millis = TimeUnit.NANOSECONDS.toMillis(CPU.getCurrentThreadCpuTime() - start);
            assertTrue(millis < 3000, "hostile input #" + i + " took " + millis + " ms of CPU");
            check(read, input, i);
        }
        SpecFixtures.Read deep = SpecFixtures.read("deep.rst", bullets.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(deep.issueLines().stream().anyMatch(l -> l.contains("blocks nested deeper than 32 levels")),
                String.join("\n", deep.issueLines()));
    }

    private static void check(SpecFixtures.Read read, byte[] input, int n) {
        int lines = 2;
        for (byte b : input) {
            lines += b == '\n' || b == '\r' ? 1 : 0;
        }
        for (SpecIssue issue : read.issues()) {
            int line = issue.location().line();
            assertTrue(line >= 1 && line <= lines, "input #" + n + ": issue line out of range: " + issue);
            assertTrue(!issue.message().isBlank(), "input #" + n + ": blank message");
        }
        for (Clause clause : SpecFixtures.flatten(read.document())) {
            int line = clause.location().line();
            assertTrue(line >= 1 && line <= lines, "input #" + n + ": clause line out of range: " + clause.anchor());
            Set<String> anchors = new HashSet<>();
            for (Clause child : clause.children()) {
                assertTrue(anchors.add(child.anchor()), "input #" + n + ": duplicate sibling anchor " + child.anchor());
            }
        }
        assertEquals(ClauseKind.DOCUMENT, read.document().kind());
    }

    private static byte[] mutate(byte[] base, Random random) {
        List<byte[]> lines = splitLines(base);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int at = random.nextInt(lines.size());
            byte[] line = lines.get(at);
            switch (random.nextInt(8)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, line.clone());
                case 2 -> lines.set(at, concat("   ".getBytes(StandardCharsets.UTF_8), line));
                case 3 -> lines.set(at, dedent(line));
                case 4 -> {
                    if (at + 1 < lines.size()) {
                        lines.set(at, lines.get(at + 1));
                        lines.set(at + 1, line);
                    }
                }
                case 5 -> lines.set(at, insert(line, TOKENS[random.nextInt(TOKENS.length)]
                        .getBytes(StandardCharsets.UTF_8), random));
                case 6 -> lines.set(at, insert(line, BAD_BYTES[random.nextInt(BAD_BYTES.length)], random));
                default -> {
                    while (lines.size() > at + 1) {
                        lines.remove(lines.size() - 1);
                    }
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lines.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static List<byte[]> splitLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(bytes, start, i + 1));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            lines.add(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return lines;
    }

    private static byte[] insert(byte[] line, byte[] token, Random random) {
        int at = random.nextInt(line.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(line, 0, at);
        out.writeBytes(token);
        out.write(line, at, line.length - at);
        return out.toByteArray();
    }

    private static byte[] dedent(byte[] line) {
        int spaces = 0;
        while (spaces < line.length && spaces < 3 && line[spaces] == ' ') {
            spaces++;
        }
        return java.util.Arrays.copyOfRange(line, spaces, line.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static List<byte[]> bases() throws IOException {
        List<byte[]> bases = new ArrayList<>();
        try (var profiles = Files.list(SpecFixtures.SPEC_RESOURCES.resolve(SpecLibrary.DEFAULT_ROOT))) {
            // Every profile directory holds a document; harness/ holds only shared script helpers.
            for (Path dir : profiles.filter(d -> Files.isRegularFile(d.resolve("document.rst"))).sorted().toList()) {
                bases.add(Files.readAllBytes(dir.resolve("document.rst")));
            }
        }
        for (String fixture : List.of("good-all-constructs.rst", "broken-misc.rst", "broken-grid.rst",
                "scraped-3.14.rst")) {
            try (InputStream in = MutationTest.class.getClassLoader()
                    .getResourceAsStream(SpecFixtures.FIXTURES + "/documents/" + fixture)) {
                bases.add(in.readAllBytes());
            }
        }
        assertEquals(10, bases.size());
        return bases;
    }

    private static Path save(int n, byte[] input) {
        try {
            Path out = Path.of("target", "spec-tests", "mutant-" + SEED + "-" + n + ".rst");
            Files.createDirectories(out.getParent());
            return Files.write(out, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
