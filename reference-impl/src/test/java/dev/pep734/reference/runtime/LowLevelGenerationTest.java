package dev.pep734.reference.runtime;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The first-generation {@code _interpreters} (profile _interpreters-lowlevel): int ids, run_string, RuntimeError. */
class LowLevelGenerationTest {
    @TestFactory
    Stream<DynamicTest> lowLevel() {
        return ScriptChecks.run(ApiGeneration.LOWLEVEL, """
                import threading
                import _interpreters

                @check
                def ids_and_enumerate():
                    assert _interpreters.get_main() == 0 and _interpreters.get_current() == 0
                    a = _interpreters.create()
                    b = _interpreters.create()
                    assert type(a) is int and b == a + 1
                    assert _interpreters.enumerate() == [0, a, b]
                    assert _interpreters.is_running(0) and not _interpreters.is_running(a)
                    _interpreters.destroy(b)
                    assert _interpreters.enumerate() == [0, a]
                    _interpreters.destroy(a)

                @check
                def not_the_3_14_module():
                    assert not hasattr(_interpreters, 'list_all') and not hasattr(_interpreters, 'exec')
                    try:
                        import concurrent.interpreters
                    except ImportError:
                        pass
                    else:
                        raise AssertionError('concurrent.interpreters importable in the low-level generation')

                @check
                def run_string_runs_in_the_interpreter():
                    i = _interpreters.create()
                    _interpreters.run_string(i, 'import _interpreters as I; x = I.get_current()')
                    ns = _interpreters.run_string_unrestricted(i, 'y = x * 10')
                    assert ns['x'] == i and ns['y'] == i * 10 and ns['I'].__name__ == '_interpreters', ns
                    _interpreters.destroy(i)

                @check
                def unrestricted_merges_namespace():
                    i = _interpreters.create()
                    ns = _interpreters.run_string_unrestricted(i, 'total = sum(values) + extra\\ndef twice(): return total * 2\\nclass C:\\n    def g(self): return total', {'values': [1, 2], 'extra': 3})
                    assert ns['total'] == 6 and ns['values'] == [1, 2] and ns['__name__'] == '__main__'
                    assert ns['twice']() == 12, 'a function the command defined comes back, reading the returned dict'
                    assert ns['C']().g() == 6 and ns['C'].__name__ == 'C', 'a class the command defined comes back'
                    _interpreters.destroy(i)

                @check
                def exception_raised_in_caller():
                    i = _interpreters.create()
                    try:
                        _interpreters.run_string(i, 'raise KeyError("k")')
                    except KeyError as e:
                        assert e.args == ('k',)
                    else:
                        raise AssertionError('no KeyError')
                    try:
                        _interpreters.run_string(i, 'import sys; sys.exit(3)')
                    except SystemExit as e:
                        assert e.code == 3
                    else:
                        raise AssertionError('no SystemExit')
                    try:
                        _interpreters.run_string(i, 'class Mine(Exception): pass\\nraise Mine("m")')
                    except RuntimeError as e:
                        assert 'Mine: m' in str(e), str(e)
                    _interpreters.destroy(i)

                @check
                def errors_are_runtime_errors():
                    for call in (lambda: _interpreters.run_string(999, 'pass'),
                                 lambda: _interpreters.run_string(0, 'pass'),
                                 lambda: _interpreters.run_string(-1, 'pass'),
                                 lambda: _interpreters.destroy(999),
                                 lambda: _interpreters.destroy(0),
                                 lambda: _interpreters.is_running(999)):
                        try:
                            call()
                        except RuntimeError:
                            pass
                        else:
                            raise AssertionError('no RuntimeError')
                    i = _interpreters.create()
                    try:
                        _interpreters.run_string(i, 'import _interpreters as I; I.destroy(I.get_current())')
                    except RuntimeError as e:
                        assert 'current' in str(e), str(e)
                    else:
                        raise AssertionError('destroying the current interpreter')
                    _interpreters.destroy(i)

                @check
                def running_interpreter_refused():
                    import os, tempfile, time
                    i = _interpreters.create()
                    # Runs until released (not a fixed sleep, which a loaded machine can outlast before the check).
                    release = os.path.join(tempfile.mkdtemp(), 'release')
                    code = 'import os, time\\nwhile not os.path.exists(%r):\\n    time.sleep(0.01)' % release
                    t = threading.Thread(target=_interpreters.run_string, args=(i, code))
                    t.start()
                    try:
                        deadline = time.monotonic() + 60
                        while not _interpreters.is_running(i) and time.monotonic() < deadline:
                            time.sleep(0.01)
                        assert _interpreters.is_running(i), 'the thread never ran its code'
                        try:
                            _interpreters.run_string(i, 'pass')
                        except RuntimeError:
                            pass
                        else:
                            raise AssertionError('ran in a running interpreter')
                    finally:
                        open(release, 'w').close()
                        t.join()
                    _interpreters.destroy(i)

                @check
                def new_interpreter_sees_the_process_environment():
                    import os
                    os.environ['PEP734_GENS_SET'] = 'from-main'
                    os.environ.pop('PEP734_GENS_GONE', None)
                    i = _interpreters.create()
                    ns = _interpreters.run_string_unrestricted(i, 'import os; seen = os.environ.get("PEP734_GENS_SET")')
                    assert ns['seen'] == 'from-main', ns['seen']
                    _interpreters.destroy(i)
                    del os.environ['PEP734_GENS_SET']

                @check
                def doc_example_in_a_thread():
                    id = _interpreters.create()
                    out = []
                    def f():
                        _interpreters.run_string(id, 'print("in a thread")')
                        out.append(True)
                    t = threading.Thread(target=f)
                    t.start(); t.join()
                    assert out == [True]
                    _interpreters.destroy(id)
                """);
    }
}
