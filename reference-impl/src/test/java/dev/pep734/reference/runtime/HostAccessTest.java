package dev.pep734.reference.runtime;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Guest code reaches no Java beyond our host objects, and forged calls on them raise Python errors. */
class HostAccessTest {
    @TestFactory
    Stream<DynamicTest> hostAccess() {
        return ScriptChecks.run("""
                import _pep734_xi as X
                from concurrent import interpreters as I

                def raises(exc, fn, *args):
                    try:
                        fn(*args)
                    except exc as e:
                        return e
                    except BaseException as e:
                        raise AssertionError(f'{fn} raised {type(e).__name__}: {e}, not {exc.__name__}')
                    raise AssertionError(f'{fn} did not raise')

                @check
                def no_java_class_lookup_or_other_languages():
                    import java
                    raises(Exception, java.type, 'java.lang.System')
                    import polyglot
                    raises(Exception, lambda: polyglot.eval(language='js', string='1'))
                    raises(AttributeError, getattr, X.host, 'getClass')
                    raises(AttributeError, getattr, X.interpreters_ops, 'registry')

                @check
                def shared_blocks_expose_bytes_not_methods():
                    block = X.unwrap(X.interpreters_ops.allocate(4))
                    raises(AttributeError, getattr, block, 'array')
                    m = memoryview(block)
                    m[0] = 5
                    assert len(m) == 4 and m[0] == 5

                @check
                def forged_interpreter_calls_raise_python_errors():
                    ops = X.interpreters_ops
                    raises(I.InterpreterNotFoundError, lambda: X.unwrap(ops.exec(999, 'src', 'x = 1')))
                    raises(TypeError, lambda: X.unwrap(ops.exec('1', 'src', 'x = 1')))
                    raises(ValueError, lambda: X.unwrap(ops.whence(-5)))
                    s = I.create()
                    raises(TypeError, lambda: X.unwrap(ops.exec(s.id, 'evil', 'x')))
                    raises(TypeError, lambda: X.unwrap(ops.exec(s.id, 'code', 'not bytes')))
                    raises(TypeError, lambda: X.unwrap(ops.prepareMain(s.id, (('x', ('z', 1)),))))
                    raises(TypeError, lambda: X.unwrap(ops.prepareMain(s.id, (('x', ('i', 2**70)),))))
                    raises(TypeError, lambda: X.unwrap(ops.prepareMain(s.id, (('x', ('m', 5, False)),))))
                    raises(ValueError, lambda: X.unwrap(ops.allocate(-1)))
                    raises(TypeError, lambda: X.unwrap(ops.allocate('big')))
                    raises(TypeError, ops.exec)
                    reply = X.unwrap(ops.call(s.id, ('F', b'not code', 'f', 'f'), ('t', ()), ('n',)))
                    assert reply[0] == 'unshareable', reply[0]
                    s.close()

                @check
                def forged_queue_calls_raise_python_errors():
                    ops = X.queue_ops
                    raises(I.QueueEmpty.__mro__[1], lambda: X.unwrap(ops.size(12345)))
                    raises(NotImplementedError, lambda: X.unwrap(ops.create(0, 9)))
                    q = I.create_queue()
                    raises(TypeError, lambda: X.unwrap(ops.put(q.id, 'w', ('t', 5), 3, 0)))
                    raises(TypeError, lambda: X.unwrap(ops.put(q.id, 'w', 'x', 3, 0)))
                    raises(TypeError, lambda: X.unwrap(ops.put(q.id, 'i', 'x', 3, 0)))
                    raises(TypeError, lambda: X.unwrap(ops.put(q.id, 'i', 2**70, 3, 0)))
                    raises(TypeError, lambda: X.unwrap(ops.put(q.id, 'p', b'x', 3, 0)))
                    raises(TypeError, lambda: X.unwrap(ops.put(q.id, 5, 5, 3, 0)))
                    raises(TypeError, lambda: X.unwrap(ops.get(q.id, 'soon')))
                    assert q.empty()

                @check
                def the_finder_serves_only_our_modules():
                    assert X.host.moduleSource('os') is None and X.host.moduleSource('../../etc/passwd') is None
                    import _interpreters, _interpqueues, concurrent.interpreters._crossinterp
                    from concurrent.futures import InterpreterPoolExecutor
                    import concurrent.futures
                    assert 'InterpreterPoolExecutor' in concurrent.futures.__all__

                @check
                def our_modules_load_from_code_compiled_once_from_their_source():
                    import marshal, _interpreters
                    assert X.host.moduleCode('os') is None and X.host.moduleCode('_pep734_boot') is None
                    for name in ('_interpreters', '_pep734_xi', 'concurrent.interpreters._queues'):
                        code = marshal.loads(X.host.moduleCode(name).encode('latin-1'))
                        fresh = compile(X.host.moduleSource(name), f'<pep734 {name}>', 'exec', dont_inherit=True)
                        assert code.co_filename == fresh.co_filename and code.co_names == fresh.co_names, name
                    assert _interpreters.exec.__code__.co_filename == _interpreters.__spec__.origin

                """);
    }
}
