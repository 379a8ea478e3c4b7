package dev.pep734.reference.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * exec()/call() run on the calling thread, entering the target's context nested in the caller's (CPython
 * switches the calling OS thread to the target interpreter): what that must not break.
 */
class CallerThreadTest {
    @TestFactory
    Stream<DynamicTest> callerThread() {
        return ScriptChecks.run("""
                import threading, time
                from concurrent import interpreters as I

                def _where():
                    import threading
                    from concurrent import interpreters as I
                    return I.get_current().id, threading.get_native_id(), threading.get_ident()

                def _threads():
                    import threading
                    return (threading.current_thread().name, threading.current_thread() is threading.main_thread(),
                            threading.main_thread().ident, threading.active_count())

                @check
                def the_main_thread_is_main_in_a_sub_too_and_other_callers_are_dummies():
                    # As CPython 3.14.3: a sub's main thread is the process's; another caller is a dummy thread.
                    s = I.create()
                    main_ident = threading.main_thread().ident
                    assert s.call(_threads) == ('MainThread', True, main_ident, 1), s.call(_threads)
                    seen = []
                    t = threading.Thread(target=lambda: seen.append(s.call(_threads)))
                    t.start()
                    t.join()
                    name, is_main, ident, _ = seen[0]
                    assert name.startswith('Dummy-') and not is_main and ident == main_ident, seen
                    s.close()

                @check
                def three_levels_deep_run_on_one_thread_and_exceptions_cross_each_level():
                    a, b = I.create(), I.create()
                    q = I.create_queue()
                    a.prepare_main(bid=b.id, q=q)
                    a.exec('from concurrent import interpreters as I\\n'
                           'b = I.Interpreter(bid)\\n'
                           'b.prepare_main(q=q)\\n'
                           'b.exec("import threading\\\\nfrom concurrent import interpreters as I\\\\n'
                           'q.put((I.get_current().id, threading.get_native_id()))")\\n'
                           'try:\\n'
                           '    b.exec("raise KeyError(\\'deep\\')")\\n'
                           'except I.ExecutionFailed as e:\\n'
                           '    q.put((e.excinfo.type.__name__, e.excinfo.msg))\\n'
                           'q.put(b.call(sum, (1, 2, 3)))\\n')
                    me = threading.get_native_id()
                    assert q.get(timeout=5) == (b.id, me)
                    assert q.get(timeout=5) == ('KeyError', "'deep'")
                    assert q.get(timeout=5) == 6
                    try:
                        a.exec('b.exec("raise ValueError(7)")')
                    except I.ExecutionFailed as e:
                        assert e.excinfo.type.__name__ == 'ExecutionFailed', e.excinfo
                    else:
                        raise AssertionError('the nested failure was lost')
                    assert I.get_current().id == 0 and a.call(_where) == (a.id, me, threading.get_ident())
                    a.close(); b.close()

                @check
                def a_running_interpreter_is_refused_not_entered_again():
                    a, b = I.create(), I.create()
                    q = I.create_queue()
                    b.prepare_main(aid=a.id, q=q)
                    a.prepare_main(bid=b.id)
                    # main -> a -> b -> a: a is running on this very thread.
                    a.exec('from concurrent import interpreters as I\\n'
                           'I.Interpreter(bid).exec("from concurrent import interpreters as I\\\\n'
                           'try:\\\\n    I.Interpreter(aid).exec(\\'1\\')\\\\n'
                           'except I.InterpreterError as e:\\\\n    q.put(str(e))")\\n')
                    assert q.get(timeout=5) == 'interpreter already running'
                    assert not a.is_running() and not b.is_running()
                    a.close(); b.close()

                @check
                def the_callers_other_threads_run_while_it_is_in_a_sub():
                    # Not timed (a count over 0.5 s depends on the machine's load): the sub waits, blocked or
                    # spinning, until a thread of the caller's interpreter has counted to 1000 after the sub said
                    # it was entered. With that interpreter's GIL held across the call, the count never comes.
                    s = I.create()
                    entered, counted = I.create_queue(), I.create_queue()
                    s.prepare_main(entered=entered, counted=counted)
                    s.exec('import time\\n'
                           'from concurrent import interpreters as I\\n'
                           'def wait_for_the_count(spin):\\n'
                           '    entered.put(1)\\n'
                           '    end = time.monotonic() + 60\\n'
                           '    while time.monotonic() < end:\\n'
                           '        try:\\n'
                           '            return counted.get_nowait() if spin else counted.get(timeout=1)\\n'
                           '        except I.QueueEmpty:\\n'
                           '            pass\\n'
                           '    raise AssertionError("no count from the caller in 60 s")\\n')
                    stop = []
                    def counter():
                        while not stop:
                            try:
                                entered.get_nowait()
                            except I.QueueEmpty:
                                continue
                            n = 0
                            while n < 1000:
                                n += 1
                            counted.put(n)
                    t = threading.Thread(target=counter)
                    t.start()
                    try:
                        for spin in (False, True):
                            s.exec(f'assert wait_for_the_count({spin}) == 1000')
                    finally:
                        stop.append(1)
                        t.join()
                    s.close()

                @check
                def the_subs_own_threads_run_while_a_caller_is_in_it():
                    s = I.create()
                    s.exec('import threading, time\\n'
                           'n = [0]\\n'
                           'stop = []\\n'
                           'def count():\\n'
                           '    while not stop:\\n'
                           '        n[0] += 1\\n'
                           't = threading.Thread(target=count)\\n'
                           't.start()\\n')
                    # Waits (sleeping, so the sub's GIL is free) until the thread has counted 1000 more, at most 60 s:
                    # not a count over a fixed 0.5 s, which a loaded machine can starve.
                    s.exec('before = n[0]\\nend = time.monotonic() + 60\\n'
                           'while n[0] - before <= 1000 and time.monotonic() < end:\\n    time.sleep(0.01)\\n'
                           'ran = n[0] - before\\nstop.append(1)\\nt.join()\\n'
                           'assert ran > 1000, ran\\n')
                    s.close()

                @check
                def close_succeeds_after_a_finished_thread_was_the_first_to_use_the_sub():
                    s = I.create()
                    user = threading.Thread(target=s.exec, args=('import threading\\nx = threading.current_thread()',))
                    user.start()
                    user.join()
                    closer = threading.Thread(target=s.close)
                    closer.start()
                    closer.join(30)
                    assert not closer.is_alive(), 'close() hangs'
                    assert s.id not in [i.id for i in I.list_all()]
                """);
    }

    /** Closing the runtime cancels its program even while the program's own thread is inside a subinterpreter. */
    @ParameterizedTest
    @ValueSource(strings = {"while True: pass", "import time; time.sleep(60)"})
    void runtimeCloseCancelsAProgramWhoseThreadIsInASub(String subCode) throws Exception {
        String program = "from concurrent import interpreters as I\n"
                + "s = I.create()\n"
                + "print('started', flush=True)\n"
                + "s.exec(" + pythonString(subCode) + ")\n";
        CloseWhileRunning.Closed closed = CloseWhileRunning.close(program);
        RunOutcome outcome = closed.outcome();
        long millis = closed.millis();
        assertTrue(outcome.cancelled(), outcome.toString());
        assertTrue(millis < 10_000, "took " + millis + " ms");
    }

    private static String pythonString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
