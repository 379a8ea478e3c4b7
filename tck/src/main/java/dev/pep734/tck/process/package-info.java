/**
 * The process adapter: certifies any {@code python} executable through the SPI by running each script as
 * {@code python SCRIPT ARGS...} in a new process ({@link dev.pep734.tck.process.ProcessImplementation}, id
 * {@code cpython}; CPython 3.14.3 from Maven Central when no executable is configured).
 *
 * <p>Decisions, in one place:
 * <ul>
 *   <li>Environment: the parent's minus every {@code PYTHON*} variable and {@code FORCE_COLOR}, plus
 *       {@code PYTHONDONTWRITEBYTECODE=1}, {@code PYTHONIOENCODING=utf-8}, {@code PYTHONUNBUFFERED=1},
 *       {@code PYTHON_COLORS=0}; stdin is empty.</li>
 *   <li>Output: both streams drained at once, at most 1 MiB of each kept (the head, then a line saying how
 *       many bytes were not kept), invalid UTF-8 replaced.</li>
 *   <li>Outcome: exit 0 passes; a traceback's final top-level exception decides FAILED ({@code AssertionError})
 *       or ERROR; a non-zero exit without traceback is ERROR with the status; exit status 128+N for a fatal
 *       signal N (the JDK's report of a signal death; {@code sys.exit(137)} looks the same), a
 *       {@code Fatal Python error}, or a failure to start is CRASHED; the timeout kills the process and its
 *       descendants and is TIMED_OUT.</li>
 *   <li>Isolation: every run is a new process, so a session stays usable after a crash or timeout (until
 *       {@code close()}); children a script leaves running are killed when it ends (best effort: noted every
 *       200 ms while it runs).</li>
 * </ul>
 */
package dev.pep734.tck.process;
