package dev.pep734.tck.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Tracebacks as CPython 3.14.3 prints them (copied from real runs). */
class TracebacksTest {

    @Test
    void takesTheLastExceptionOfAChainAndStopsAtShutdownWarnings() {
        PythonError e = Tracebacks.uncaught("""
                Traceback (most recent call last):
                  File "/tmp/t1.py", line 4, in <module>
                    raise KeyError("x")
                KeyError: 'x'

                During handling of the above exception, another exception occurred:

                Traceback (most recent call last):
                  File "/tmp/t1.py", line 6, in <module>
                    raise ValueError("a\\nb") from e
                ValueError: a
                b
                <sys>:0: RuntimeWarning: remaining subinterpreters; close them with Interpreter.close()
                """).orElseThrow();
        assertEquals("ValueError", e.typeName());
        assertEquals("a\nb", e.message());
        assertTrue(e.traceback().endsWith("b"), e.traceback());
    }

    @Test
    void readsTheTopLevelGroupNotItsMembers() {
        PythonError e = Tracebacks.uncaught("""
                  + Exception Group Traceback (most recent call last):
                  |   File "<string>", line 1, in <module>
                  |     raise ExceptionGroup("grp", [ValueError("a"), TypeError("b")])
                  | ExceptionGroup: grp (2 sub-exceptions)
                  +-+---------------- 1 ----------------
                    | ValueError: a
                    +---------------- 2 ----------------
                    | TypeError: b
                    +------------------------------------
                """).orElseThrow();
        assertEquals("ExceptionGroup", e.qualifiedName());
        assertEquals("grp (2 sub-exceptions)", e.message());
    }

    @Test
    void anExceptionWithoutMessageHasAnEmptyOne() {
        PythonError e = Tracebacks.uncaught("""
                Traceback (most recent call last):
                  File "<string>", line 1, in <module>
                    raise ValueError()
                ValueError
                """).orElseThrow();
        assertEquals("ValueError", e.typeName());
        assertEquals("", e.message());
    }

    @Test
    void splitsTheQualifiedNameAndIgnoresOutputBeforeTheTraceback() {
        PythonError e = Tracebacks.uncaught("""
                some: output: printed first
                Traceback (most recent call last):
                  File "/x.py", line 2, in <module>
                    interpreters.Interpreter(999)
                    ~~~~~~~~~~~~~~~~~~~~~~~~^^^^^
                concurrent.interpreters.InterpreterNotFoundError: unrecognized interpreter ID 999
                """).orElseThrow();
        assertEquals("InterpreterNotFoundError", e.typeName());
        assertEquals("concurrent.interpreters.InterpreterNotFoundError", e.qualifiedName());
        assertEquals("unrecognized interpreter ID 999", e.message());
    }

    @Test
    void aScriptThatDoesNotCompileHasNoHeaderButIsRead() {
        PythonError e = Tracebacks.uncaught("""
                  File "/x.py", line 1
                    x = = 1
                        ^
                SyntaxError: invalid syntax
                """).orElseThrow();
        assertEquals("SyntaxError", e.typeName());
        assertEquals("invalid syntax", e.message());
    }

    @Test
    void aTracebackOfAThreadIsNotTheScriptsError() {
        assertTrue(Tracebacks.uncaught("""
                Exception in thread Thread-1 (_call):
                Traceback (most recent call last):
                  File "/x.py", line 3, in <module>
                concurrent.interpreters.ExecutionFailed: ValueError: bad
                """).isEmpty());
    }

    @Test
    void noTracebackMeansNoError() {
        assertTrue(Tracebacks.uncaught("just text\nValueError: not after a traceback header\n").isEmpty());
        assertTrue(Tracebacks.uncaught("").isEmpty());
    }
}
