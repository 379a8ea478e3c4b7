package dev.pep734.reference.runtime;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** is_shareable, prepare_main's strict sharing (no pickle) and what survives the crossing bit for bit. */
class SharingTest {
    @TestFactory
    Stream<DynamicTest> sharing() {
        return ScriptChecks.run("""
                import math, struct
                from concurrent import interpreters as I

                class Point:
                    def __init__(self, x, y):
                        self.x, self.y = x, y

                SUB = I.create()
                Q = I.create_queue()
                SUB.prepare_main(q=Q)

                def roundtrip(value):
                    SUB.prepare_main(v=value)
                    SUB.exec('q.put(v)')
                    return Q.get(timeout=5)

                @check
                def surrogate_code_points_cross_one_by_one():
                    # Two surrogates that would form a pair stay two code points (a Java string fuses them).
                    for text in ('\\ud913\\udc80', 'a\\udc80\\ud800b', '\\ud83d\\ude00', '\\U0001f600'):
                        got = roundtrip(text)
                        assert got == text and len(got) == len(text), (ascii(text), ascii(got))
                        Q.put(text)
                        assert Q.get(timeout=5) == text
                        assert SUB.call(str, text) == text

                @check
                def is_shareable_is_a_type_check():
                    yes = [None, True, 0, -1, 2**100, 1.5, float('nan'), '', '\\ud800', b'x', (), (1, [2]),
                           memoryview(b'x'), Q]
                    no = [[], {}, set(), frozenset(), bytearray(), object(), lambda: 1, 1j, range(1), Ellipsis,
                          len, int, SUB, ValueError(), True.__class__.__mro__]
                    assert all(I.is_shareable(v) for v in yes), [v for v in yes if not I.is_shareable(v)]
                    assert not any(I.is_shareable(v) for v in no[:-1]), [v for v in no if I.is_shareable(v)]
                    import enum
                    class E(enum.IntEnum):
                        A = 1
                    assert not I.is_shareable(E.A)

                @check
                def scalars_cross_exactly():
                    for value in (None, True, False, 0, -2**63, 2**63 - 1, 1.5, float('inf'), '', 'x' * 1000,
                                  '\\ud800', '\\U0001F600', b'', bytes(range(256)), (), (1, (2, ('a', b'b')))):
                        got = roundtrip(value)
                        assert type(got) is type(value) and got == value, (value, got)
                    z = roundtrip(-0.0)
                    assert z == 0 and math.copysign(1, z) == -1
                    n = roundtrip(float('nan'))
                    assert type(n) is float and math.isnan(n)

                @check
                def same_interpreter_roundtrip_is_a_copy():
                    lst = [1, 2]
                    Q.put(lst)
                    got = Q.get()
                    assert got == lst and got is not lst

                @check
                def prepare_main_refuses_non_shareable_without_pickle():
                    for value in ([1], {}, bytearray(b'x'), object(), 1j, lambda: 1):
                        try:
                            SUB.prepare_main(v=value)
                        except I.NotShareableError as e:
                            assert isinstance(e, TypeError) and not isinstance(e, I.InterpreterError)
                            assert str(e) == f'{value!r} does not support cross-interpreter data', str(e)
                        else:
                            raise AssertionError(value)

                @check
                def prepare_main_refuses_big_ints_and_impure_tuples():
                    # CPython 3.14.3 (the 3.14 profile's errata.txt, items 4 and 5): is_shareable says True, prepare_main refuses.
                    try:
                        SUB.prepare_main(v=2**64)
                    except I.NotShareableError as e:
                        assert isinstance(e.__cause__, OverflowError) and str(e.__cause__) == 'try sending as bytes'
                    else:
                        raise AssertionError('2**64')
                    try:
                        SUB.prepare_main(v=(1, [2]))
                    except I.NotShareableError as e:
                        assert str(e) == '(1, [2]) does not support cross-interpreter data'
                        assert type(e.__cause__) is I.NotShareableError and str(e.__cause__) == '[2] does not support cross-interpreter data'
                    else:
                        raise AssertionError('(1, [2])')

                @check
                def prepare_main_is_atomic_and_merges_kwargs():
                    SUB.exec('good = None')
                    try:
                        SUB.prepare_main(good=1, bad=[1])
                    except I.NotShareableError:
                        pass
                    SUB.exec('assert good is None, good')
                    SUB.prepare_main({'a': 1, 'b': 2}, b=3)
                    SUB.prepare_main([('c', 4)])
                    SUB.exec('assert (a, b, c) == (1, 3, 4)')

                @check
                def prepare_main_argument_errors():
                    for args, exc, msg in (((), ValueError, 'arg 2 must be a non-empty dict'),
                                           ((None,), ValueError, 'arg 2 must be a non-empty dict'),
                                           (({1: 2},), TypeError, 'bad argument type for built-in operation')):
                        try:
                            SUB.prepare_main(*args)
                        except exc as e:
                            assert str(e) == msg, str(e)
                        else:
                            raise AssertionError(args)
                    try:
                        SUB.prepare_main('notamapping')
                    except ValueError:
                        pass
                    else:
                        raise AssertionError('notamapping')

                @check
                def queues_pickle_what_prepare_main_refuses():
                    for value in ([1, {'a': (2, 3)}], 2**100, -2**63 - 1, (1, [2]), {1, 2}, 1j, range(3), Ellipsis, ValueError('x')):
                        SUB.prepare_main(w=0)
                        Q.put(value)
                        SUB.exec('q.put(q.get())')
                        got = Q.get(timeout=5)
                        assert type(got) is type(value) and (got == value or type(value) is ValueError), (value, got)

                @check
                def unpicklable_queue_items_are_refused_at_put():
                    import threading
                    lock = threading.Lock()
                    try:
                        Q.put(lock)
                    except I.NotShareableError as e:
                        assert str(e) == f'{lock!r} does not support cross-interpreter data' and e.__cause__ is None
                    else:
                        raise AssertionError('lock')
                    assert Q.empty()

                @check
                def main_classes_resolve_in_fake_main():
                    Q.put(Point(1, 2))
                    SUB.exec('p = q.get()\\nq.put((type(p).__module__, p.x + p.y))')
                    assert Q.get(timeout=5) == ('<fake __main__>', 3)

                @check
                def queue_and_interpreter_objects_cross_as_themselves():
                    SUB.exec('q.put(q)')
                    assert Q.get(timeout=5) is Q
                    Q.put(SUB)
                    assert Q.get() is SUB
                """);
    }
}
