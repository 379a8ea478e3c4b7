package dev.pep734.reference.runtime;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** create / list / get_current / get_main / close / exec and the errors CPython 3.14.3 gives for each. */
class InterpreterLifecycleTest {
    @TestFactory
    Stream<DynamicTest> lifecycle() {
        return ScriptChecks.run("""
                import threading, time
                from concurrent import interpreters as I

                @check
                def ids_start_at_one_and_are_never_reused():
                    a = I.create(); b = I.create()
                    assert (a.id, b.id) == (1, 2), (a, b)
                    b.close()
                    c = I.create()
                    assert c.id == 3, c
                    assert [i.id for i in I.list_all()] == [0, 1, 3], I.list_all()
                    a.close(); c.close()

                @check
                def main_and_current_identity_repr_whence():
                    m = I.get_main()
                    assert m is I.get_current() and m.id == 0 and repr(m) == 'Interpreter(0)'
                    assert m.whence == 'runtime init' and m.is_running()
                    s = I.create()
                    assert s.whence == '_interpreters module' and not s.is_running()
                    assert I.Interpreter(s.id) is s and hash(s) == hash(s.id) and s != s.id
                    import pickle
                    assert pickle.loads(pickle.dumps(s)) is s
                    try:
                        s.id = 5
                    except AttributeError:
                        pass
                    else:
                        raise AssertionError('id is writable')
                    s.close()

                @check
                def interpreter_id_validation():
                    for bad, exc, msg in ((999, I.InterpreterNotFoundError, 'unrecognized interpreter ID 999'),
                                          (-1, ValueError, 'interpreter ID must be a non-negative int, got -1'),
                                          ('1', TypeError, "id must be an int, got '1'"),
                                          (1.0, TypeError, 'id must be an int, got 1.0')):
                        try:
                            I.Interpreter(bad)
                        except exc as e:
                            assert str(e) == msg, (bad, str(e))
                        else:
                            raise AssertionError(bad)

                @check
                def exec_keeps_main_namespace_and_runs_as_main():
                    s = I.create()
                    s.exec('x = 40')
                    s.exec('x += 2\\nname = __name__\\nhas_file = "__file__" in globals()')
                    s.exec('import sys; assert x == 42 and name == "__main__" and not has_file')
                    s.close()

                @check
                def exec_failure_becomes_execution_failed_with_excinfo():
                    s = I.create()
                    try:
                        s.exec('def boom():\\n    raise ValueError("bad thing")\\nboom()')
                    except I.ExecutionFailed as e:
                        assert isinstance(e, I.InterpreterError)
                        assert e.args == ('ValueError: bad thing',), e.args
                        info = e.excinfo
                        assert (info.type.__name__, info.type.__qualname__, info.type.__module__) == ('ValueError', 'ValueError', 'builtins')
                        assert info.msg == 'bad thing' and info.formatted == 'ValueError: bad thing'
                        assert info.errdisplay.startswith('Traceback (most recent call last):\\n  File "<script>", line 3, in <module>'), info.errdisplay
                        assert 'line 2, in boom' in info.errdisplay and info.errdisplay.endswith('ValueError: bad thing')
                        assert str(e) == 'ValueError: bad thing\\n\\nUncaught in the interpreter:\\n\\n' + info.errdisplay, str(e)
                        assert 'pep734' not in info.errdisplay, info.errdisplay
                    else:
                        raise AssertionError('no ExecutionFailed')
                    try:
                        s.exec('class Mine(Exception): pass\\nraise Mine()')
                    except I.ExecutionFailed as e:
                        assert e.excinfo.type.__module__ == '__main__' and e.excinfo.msg == '' and e.excinfo.formatted == 'Mine: '
                    s.close()

                @check
                def system_exit_in_sub_is_execution_failed_and_sub_survives():
                    s = I.create()
                    for code, msg in (('import sys; sys.exit(3)', '3'), ('raise SystemExit("bye")', 'bye'), ('raise KeyboardInterrupt', '')):
                        try:
                            s.exec(code)
                        except I.ExecutionFailed as e:
                            assert e.excinfo.msg == msg, (code, e.excinfo.msg)
                        else:
                            raise AssertionError(code)
                    s.exec('y = 1')
                    s.close()

                @check
                def syntax_errors_and_bad_scripts_raise_in_caller():
                    s = I.create()
                    for code, exc in (('    x = 1', IndentationError), ('x = = 1', SyntaxError), (123, TypeError)):
                        try:
                            s.exec(code)
                        except I.ExecutionFailed:
                            raise AssertionError(code)
                        except exc:
                            pass
                        else:
                            raise AssertionError(code)
                    try:
                        s.exec(lambda a: a)
                    except ValueError as e:
                        assert str(e) == 'code with args not supported'
                    else:
                        raise AssertionError('function with args')
                    s.close()

                @check
                def exec_accepts_code_objects_functions_and_bytes():
                    s = I.create()
                    s.exec(compile('a = 1', '<x>', 'exec'))
                    def body():
                        global b
                        b = a + 1
                    s.exec(body)
                    s.exec(b'assert b == 2')
                    s.close()

                @check
                def main_current_closed_and_running_are_refused():
                    m = I.get_main()
                    for action, msg in ((m.close, 'cannot destroy unrecognized interpreter 0'),
                                        (lambda: m.exec('1'), 'cannot exec code for unrecognized interpreter 0'),
                                        (lambda: m.prepare_main(a=1), 'cannot update __main__ for unrecognized interpreter 0'),
                                        (lambda: m.call(len, 'a'), 'cannot make a call in unrecognized interpreter 0')):
                        try:
                            action()
                        except I.InterpreterError as e:
                            assert type(e) is I.InterpreterError and str(e) == msg, str(e)
                        else:
                            raise AssertionError(msg)
                    s = I.create()
                    s.exec('from concurrent import interpreters as I\\n'
                           'try:\\n    I.get_current().close()\\nexcept I.InterpreterError as e:\\n    msg = str(e)\\n'
                           'cur = I.get_current(); assert cur.id == %d and cur.is_running() and cur.whence == "_interpreters module"' % s.id)
                    s.exec('assert msg == "cannot destroy the current interpreter", msg')
                    # Runs until released (a fixed 1.5 s run could end, on a loaded machine, before the checks did).
                    started, release = I.create_queue(), I.create_queue()
                    s.prepare_main(started=started, release=release)
                    t = threading.Thread(target=s.exec, args=('started.put(1)\\nrelease.get(timeout=120)',))
                    t.start()
                    assert started.get(timeout=60) == 1
                    assert s.is_running()
                    for action, msg in ((s.close, 'interpreter running'), (lambda: s.exec('1'), 'interpreter already running'),
                                        (lambda: s.call(len, 'a'), 'interpreter already running'),
                                        (lambda: s.prepare_main(a=1), 'interpreter already running')):
                        try:
                            action()
                        except I.InterpreterError as e:
                            assert str(e) == msg, str(e)
                        else:
                            raise AssertionError(msg)
                    release.put(None)
                    t.join()
                    assert not s.is_running()
                    s.close()
                    for action in (s.close, s.is_running, lambda: s.exec('1'), lambda: s.call(len, 'a'), lambda: s.prepare_main(a=1),
                                   lambda: I.Interpreter(s.id)):
                        try:
                            action()
                        except I.InterpreterNotFoundError as e:
                            assert str(e) == f'unrecognized interpreter ID {s.id}', str(e)
                        else:
                            raise AssertionError(action)
                    assert repr(s) == f'Interpreter({s.id})' and s.whence == '_interpreters module'

                @check
                def close_waits_for_the_interpreters_threads():
                    s = I.create()
                    s.exec('import threading, time\\nthreading.Thread(target=time.sleep, args=(0.5,)).start()')
                    t = time.monotonic()
                    s.close()
                    assert time.monotonic() - t >= 0.45, time.monotonic() - t

                @check
                def call_in_thread_returns_started_thread():
                    s = I.create()
                    q = I.create_queue()
                    t = s.call_in_thread(q.put, 'done')
                    assert isinstance(t, threading.Thread) and not t.daemon and t.name.endswith('(_call)'), t.name
                    t.join()
                    assert q.get(timeout=5) == 'done'
                    s.close()

                @check
                def nested_interpreters_take_the_next_global_id():
                    s = I.create()
                    s.exec('from concurrent import interpreters as I\\nn = I.create()\\nnid = n.id\\nn.close()')
                    t = I.create()
                    assert t.id == s.id + 2, (s.id, t.id)
                    s.close(); t.close()

                @check
                def new_interpreter_starts_in_the_creators_cwd_with_the_script_dir_on_its_path():
                    import os, sys, tempfile
                    old = os.getcwd()
                    tmp = tempfile.mkdtemp(dir=old)
                    os.chdir(tmp)
                    try:
                        s = I.create()
                        q = I.create_queue()
                        s.prepare_main(q=q)
                        s.exec('import os, sys; q.put((os.getcwd(), sys.path[0], sorted(dir())))')
                        cwd, first, names = q.get(timeout=10)
                        assert os.path.samefile(cwd, tmp), cwd
                        assert first == os.path.dirname(os.path.abspath(__file__)), (first, __file__)
                        assert '_pep734_start' not in names and 'lambda' not in str(names), names
                        s.close()
                    finally:
                        os.chdir(old)
                        os.rmdir(tmp)

                def _environment_probe():
                    # Run as code in a subinterpreter whose __main__ has q.
                    import os, threading
                    try:
                        threading.Thread(target=int, daemon=True).start()
                        daemons = True
                    except RuntimeError:
                        daemons = False
                    q.put((os.environ.get('PEP734_SET'), 'PATH' in os.environ, daemons))

                @check
                def new_interpreter_gets_the_creators_environment_and_its_configs_daemon_rule():
                    import os, _interpreters
                    path = os.environ.pop('PATH', None)
                    os.environ['PEP734_SET'] = 'a=\u00e9=\\udcff'
                    try:
                        q = I.create_queue()
                        seen = []
                        for config in (None, 'isolated', 'legacy'):
                            iid = _interpreters.create(config)
                            _interpreters.set___main___attrs(iid, {'q': q})
                            assert _interpreters.exec(iid, _environment_probe) is None
                            seen.append(q.get(timeout=10))
                            _interpreters.destroy(iid)
                        env = ('a=\u00e9=\\udcff', False)
                        assert seen == [env + (False,), env + (False,), env + (True,)], seen
                    finally:
                        del os.environ['PEP734_SET']
                        if path is not None:
                            os.environ['PATH'] = path
                """);
    }
}
