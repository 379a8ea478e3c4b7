/**
 * The GraalPy engine of the reference implementation: {@link dev.pep734.reference.runtime.PythonRuntime}
 * and what it is built from.
 *
 * <h2>Shape</h2>
 * <ul>
 *   <li>One GraalPy {@code Context} per interpreter, all on one shared {@code Engine}, so that parsed code is
 *       shared; each context gets GIL time-slicing of its own ({@link dev.pep734.reference.runtime.GilTimeSlicing})
 *       and marshals code under one lock ({@link dev.pep734.reference.runtime.MarshalGuard}); see
 *       docs/graalpy.md.</li>
 *   <li>Every interpreter runs on its caller's thread, as in CPython: {@code exec}/{@code call} enter the
 *       subinterpreter's context nested inside the caller's (GraalPy releases the caller's GIL around the host
 *       call). Each subinterpreter keeps a home thread that builds, finalizes and closes its context.</li>
 *   <li>Guest code sees one host object per context ({@link dev.pep734.reference.runtime.HostBridge}) and
 *       the memory blocks it allocates; thin Python modules (resources under
 *       {@code dev/pep734/reference/modules}) served by a {@code sys.meta_path} finder give the CPython
 *       3.14.3 surface: {@code _interpreters}, {@code _interpqueues}, {@code concurrent.interpreters}
 *       (+ {@code _queues}, {@code _crossinterp}) and {@code concurrent.futures.InterpreterPoolExecutor}.</li>
 *   <li>Values cross as {@link dev.pep734.reference.xi.XiValue}: plain Java, rebuilt by the receiver.</li>
 * </ul>
 *
 * <h2>Known differences from CPython 3.14.3</h2>
 * <ul>
 *   <li>memoryview: a view received from another interpreter is live everywhere (Java memory). A view of
 *       memory born in Python ({@code memoryview(bytearray(n))}) is copied into Java memory when it
 *       first crosses; its origin interpreter reconciles its own bytes with that block at each of its own
 *       cross-interpreter calls (exec, call, prepare_main, queue put/get), not continuously. See
 *       {@code _pep734_mem.py}.</li>
 *   <li>Interpreters and queues are destroyed by close()/runtime close only, not when the last Python
 *       object is dropped (no reliable finalizers in GraalPy).</li>
 *   <li>Stateless-function detection has no {@code dis} on GraalPy: a name counts as a global read when
 *       the function's module defines it and it is not a builtin.</li>
 *   <li>Blocking queue calls wait on a Java Condition (woken at once) instead of polling every 10 ms.</li>
 * </ul>
 */
package dev.pep734.reference.runtime;
