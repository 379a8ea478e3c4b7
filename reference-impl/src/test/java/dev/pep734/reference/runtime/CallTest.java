package dev.pep734.reference.runtime;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Interpreter.call: stateless functions, pickled callables, <fake __main__>, arguments and results. */
class CallTest {
    @TestFactory
    Stream<DynamicTest> calls() {
        return ScriptChecks.run("""
                import functools, operator
                from concurrent import interpreters as I

                G = 'original'
                COUNT = 0

                def read_global():
                    return G

                def bump():
                    global COUNT
                    COUNT += 1
                    return COUNT

                def add(a, b=10, *rest, k=1, **kw):
                    return a + b + sum(rest) + k + sum(kw.values())

                class Box:
                    def __init__(self, v):
                        self.v = v

                    def get(self):
                        return self.v

                S = I.create()

                @check
                def stateless_functions_lambdas_and_builtins():
                    assert S.call(lambda: 5) == 5
                    assert S.call(len, 'abc') == 3 and S.call(operator.add, 2, 3) == 5
                    assert S.call(add, 1) == 12 and S.call(add, 1, 2, 3, k=4, z=5) == 15
                    assert S.call(functools.partial(pow, 2), 10) == 1024 and S.call('abc'.upper) == 'ABC'
                    assert S.call(str.upper, 'x') == 'X'

                @check
                def functions_sent_again_and_again_stay_themselves():
                    # Marshalled code is kept per code object: many functions, each sent several times, interleaved,
                    # more of them than are kept, each with its own defaults, must each still run as itself.
                    fns = [eval(f'lambda x={i}: x * {i + 1}') for i in range(80)]
                    for _ in range(3):
                        for i, fn in enumerate(fns):
                            assert S.call(fn) == i * (i + 1), (i, S.call(fn))
                    def twin():
                        return 'first'
                    first = twin
                    def twin():
                        return 'second'
                    assert (S.call(first), S.call(twin), S.call(first)) == ('first', 'second', 'first')

                @check
                def stateless_function_goes_there_and_back():
                    # Rebuilt on the far side, it is still stateless (GraalPy gives it {} kwdefaults, not None).
                    def seven():
                        return 7
                    back = S.call(lambda f: f, seven)
                    assert back() == 7 and back.__qualname__.endswith('seven'), back

                @check
                def stateless_function_runs_in_the_real_main():
                    def setter():
                        global SEEN
                        SEEN = 'set'
                    S.call(setter)
                    S.exec('assert SEEN == "set"')

                @check
                def module_functions_reading_globals_use_fake_main():
                    global G
                    G = 'changed in main'
                    assert S.call(read_global) == 'original'
                    assert [S.call(bump) for _ in range(3)] == [1, 2, 3]
                    other = I.create()
                    assert other.call(bump) == 1
                    other.close()
                    assert COUNT == 0

                @check
                def non_callables_are_refused_in_the_caller():
                    for bad in (5, "print('x')", None):
                        try:
                            S.call(bad)
                        except TypeError as e:
                            assert not isinstance(e, I.ExecutionFailed) and str(e) == f'expected a callable, got {bad!r}', e
                        else:
                            raise AssertionError(f'call({bad!r}) returned')
                    assert S.call(lambda: 1) == 1  # the interpreter is still usable

                @check
                def closures_and_nested_globals_are_refused():
                    z = 1
                    for fn, reason in ((lambda: z, 'closures not supported'), (lambda: G, 'globals not supported')):
                        try:
                            S.call(fn)
                        except I.NotShareableError as e:
                            assert str(e) == 'only stateless functions are shareable'
                            assert type(e.__cause__) is ValueError and str(e.__cause__) == reason, e.__cause__
                        else:
                            raise AssertionError(reason)

                @check
                def results_come_back_pickled_or_refused():
                    assert S.call(lambda: [1, {2: 3}]) == [1, {2: 3}]
                    assert S.call(lambda: 2**100) == 2**100 and S.call(lambda: {1, 2}) == {1, 2}
                    assert S.call(Box(5).get) == 5
                    try:
                        S.call(lambda: (i for i in ()))
                    except I.NotShareableError as e:
                        assert str(e) == 'object does not support cross-interpreter data'
                        assert type(e.__cause__) is Exception
                        assert str(e.__cause__).startswith('concurrent.interpreters.NotShareableError: <generator object')
                    else:
                        raise AssertionError('generator')
                    try:
                        S.call(Box, 1)
                    except I.NotShareableError:
                        pass
                    else:
                        raise AssertionError('instance of <fake __main__> class came back')

                @check
                def arguments_are_copies_and_unpicklable_ones_are_refused():
                    lst = [1]
                    got = S.call(lambda l: (l.append(2), l)[1], lst)
                    assert got == [1, 2] and lst == [1]
                    import threading
                    lock = threading.Lock()
                    try:
                        S.call(len, lock)
                    except I.NotShareableError as e:
                        assert str(e) == f'{(lock,)!r} does not support cross-interpreter data'
                        assert type(e.__cause__) is I.NotShareableError
                    else:
                        raise AssertionError('lock arg')

                @check
                def exceptions_become_execution_failed():
                    def fail():
                        raise KeyError('k')
                    try:
                        S.call(fail)
                    except I.ExecutionFailed as e:
                        assert e.excinfo.type.__name__ == 'KeyError' and e.excinfo.msg == "'k'"
                        assert 'in fail' in e.excinfo.errdisplay
                    else:
                        raise AssertionError('no failure')
                    try:
                        S.call(lambda: exit(4))  # site's exit(), as in CPython
                    except I.ExecutionFailed as e:
                        assert e.excinfo.type.__name__ == 'SystemExit'
                    else:
                        raise AssertionError('exit')
                """);
    }
}
