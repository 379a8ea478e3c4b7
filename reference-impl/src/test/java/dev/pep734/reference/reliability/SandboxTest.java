package dev.pep734.reference.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The sandbox of the reference implementation: every trick of {@link SandboxTricks} is tried in the main
 * interpreter and in a subinterpreter of one runtime; each must fail with a Python exception (for our host
 * objects: a real Python class, never a leaked Java exception; GraalPy's own {@code java} module refuses
 * {@code add_to_classpath} with its {@code polyglot.ForeignException}, a BaseException), and afterwards the same runtime still runs
 * normal code in both. One runtime for all tricks (a runtime costs seconds); one test per trick and place.
 */
class SandboxTest {
    /** Exceptions that would mean the trick ended the program rather than being refused. */
    private static final Set<String> NOT_A_REFUSAL = Set.of("builtins.SystemExit", "builtins.KeyboardInterrupt");

    private static final String HARNESS = """

            def run_in_main(name, code):
                try:
                    exec(compile(PRELUDE + code, name, 'exec'), {'__name__': 'trick', 'victim': victim})
                except BaseException as e:
                    t = type(e)
                    report('main', name, 'raised', f'{t.__module__}.{t.__qualname__}', isinstance(e, Exception), e)
                else:
                    report('main', name, 'succeeded', '-', False, '')

            def run_in_sub(sub, name, code):
                try:
                    sub.exec(PRELUDE + code)
                except I.ExecutionFailed as e:
                    t = e.excinfo.type
                    report('sub', name, 'raised', f'{t.__module__}.{t.__qualname__}', True, e.excinfo.msg)
                except BaseException as e:
                    report('sub', name, 'escaped', type(e).__qualname__, False, e)
                else:
                    report('sub', name, 'succeeded', '-', False, '')

            def report(where, name, outcome, exc_type, is_exception, message):
                text = ' '.join(str(message).split())[:200] or '-'
                print('TRICK', where, name, outcome, exc_type, is_exception, text, sep='\\t', flush=True)

            if __name__ == '__main__':
                from concurrent import interpreters as I
                victim = I.create().id
                sub = I.create()
                sub.prepare_main(victim=victim)
                for name, code in TRICKS:
                    run_in_main(name, code)
                    run_in_sub(sub, name, code)
                # The same runtime still works: the trick-tried subinterpreter, a fresh one, a queue.
                q = I.create_queue()
                sub.prepare_main(q=q)
                sub.exec('q.put(sum(range(10)))')
                fresh = I.create()
                fresh.prepare_main(q=q)
                fresh.exec('q.put(q.get() * 2)')
                assert q.get(timeout=30) == 90
                assert fresh.call(len, 'abcd') == 4
                for interp in (sub, fresh, I.Interpreter(victim)):
                    interp.close()
                assert [i.id for i in I.list_all()] == [0]
                print('HEALTHY', flush=True)
            """;

    @TestFactory
    Stream<DynamicTest> everyTrickFailsWithAPythonExceptionAndTheRuntimeStaysHealthy() {
        GuestRun run = GuestRun.run("sandbox.py", script(), List.of(), Duration.ofSeconds(600));
        Map<String, String[]> reports = new HashMap<>();
        for (String line : run.stdout().split("\n")) {
            String[] f = line.split("\t");
            if (f.length == 7 && f[0].equals("TRICK")) {
                reports.put(f[1] + "/" + f[2], f);
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String where : List.of("main", "sub")) {
            for (SandboxTricks.Trick trick : SandboxTricks.ALL) {
                String[] r = reports.get(where + "/" + trick.name());
                tests.add(dynamicTest(where + ": " + trick.name() + " is refused with a Python exception", () -> {
                    assertNotNull(r, () -> "no report (the run stopped?); stderr:\n" + GuestRun.tail(run.stderr()));
                    assertEquals("raised", r[3], () -> trick.code() + "\n-> " + String.join(" | ", r));
                    assertFalse(NOT_A_REFUSAL.contains(r[4]), r[4]);
                    if (trick.touchesHost()) {
                        // Our host objects answer with real Python classes (Reply), never a leaked Java exception.
                        assertEquals("True", r[5], () -> "not an Exception: " + r[4]);
                        assertFalse(r[4].startsWith("polyglot."), () -> "a Java exception leaked from the host: " + r[4] + " " + r[6]);
                    }
                    System.out.printf("[sandbox] %-5s %-32s %s: %s%n", where, trick.name(), r[4], r[6]);
                }));
            }
        }
        tests.add(dynamicTest("the runtime still runs normal code in main, the tried subinterpreter and a new one", () -> {
            run.assertSucceeded();
            assertTrue(run.stdout().contains("HEALTHY"), run.stdout());
        }));
        return tests.stream();
    }

    private static String script() {
        StringBuilder s = new StringBuilder("PRELUDE = ").append(pyString(SandboxTricks.PRELUDE)).append("\nTRICKS = [\n");
        for (SandboxTricks.Trick t : SandboxTricks.ALL) {
            s.append("    (").append(pyString(t.name())).append(", ").append(pyString(t.code())).append("),\n");
        }
        return s.append("]\n").append(HARNESS).toString();
    }

    /** A Python string literal (escapes only what our snippets contain). */
    private static String pyString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }
}
