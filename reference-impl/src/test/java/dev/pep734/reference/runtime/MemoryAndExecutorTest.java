package dev.pep734.reference.runtime;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** memoryview sharing (live blocks, write-back of Python-born memory) and InterpreterPoolExecutor. */
class MemoryAndExecutorTest {
    @TestFactory
    Stream<DynamicTest> memoryAndExecutor() {
        return ScriptChecks.run("""
                import threading, time
                from concurrent import interpreters as I

                def square(x):
                    return x * x

                @check
                def bytearray_view_via_prepare_main_is_shared_both_ways():
                    buf = bytearray(b'abcd')
                    m = memoryview(buf)
                    s = I.create()
                    s.prepare_main(m=m)
                    s.exec('assert bytes(m) == b"abcd" and not m.readonly\\nm[0] = ord("Z")')
                    assert buf == b'Zbcd', buf
                    m[1] = ord('Y')
                    s.exec('assert bytes(m) == b"ZYcd", bytes(m)')
                    s.close()

                @check
                def empty_views_cross_and_reconcile():
                    q = I.create_queue()
                    q.put_nowait(memoryview(bytearray()))
                    assert q.get_nowait().tobytes() == b''
                    s = I.create()
                    s.prepare_main(e=memoryview(bytearray()))
                    s.exec('assert bytes(e) == b""')
                    s.close()

                @check
                def slices_casts_and_both_sides_writing_reconcile_in_bulk():
                    buf = bytearray(range(16))
                    part = memoryview(buf)[4:12]
                    ints = memoryview(bytearray(8)).cast('I')  # arrives as its bytes (format 'B'), as before
                    s = I.create()
                    s.prepare_main(p=part, i=ints)
                    s.exec('assert bytes(p) == bytes(range(4, 12))\\np[0] = 99\\ni[4] = 4')
                    assert buf[4] == 99 and buf[3] == 3 and buf[12] == 12 and ints[1] == 4, (buf, ints[1])
                    big = bytearray(1 << 20)
                    s.prepare_main(big=memoryview(big))
                    big[0] = 1  # written here and, before the next call, there: each side keeps its bytes
                    s.exec('big[-1] = 2')
                    assert big[0] == 1 and big[-1] == 2
                    s.exec('assert big[0] == 1 and big[-1] == 2')
                    s.close()

                @check
                def bytearray_view_via_queue_is_shared():
                    buf = bytearray(4)
                    q = I.create_queue()
                    s = I.create()
                    s.prepare_main(q=q)
                    q.put(memoryview(buf))
                    s.exec('m = q.get(); m[3] = 7; q.put("done")')
                    assert q.get(timeout=5) == 'done' and buf[3] == 7, buf
                    s.close()

                @check
                def received_views_are_live_between_running_interpreters():
                    # A view received by a sub is a Java block: a second sub sees writes while both run.
                    q = I.create_queue()
                    a, b = I.create(), I.create()
                    a.prepare_main(q=q)
                    b.prepare_main(q=q)
                    a.exec('m = memoryview(bytearray(1))')
                    a.exec('q.put(m)')
                    b.exec('m = q.get()')
                    t = threading.Thread(target=b.exec, args=('import time\\nend = time.monotonic() + 20\\n'
                                                             'while m[0] == 0 and time.monotonic() < end: time.sleep(0.005)\\n'
                                                             'q.put(m[0])',))
                    t.start()
                    time.sleep(0.3)
                    a.exec('m[0] = 42')
                    assert q.get(timeout=25) == 42
                    t.join()
                    a.close(); b.close()

                @check
                def bytes_views_stay_read_only():
                    s = I.create()
                    s.prepare_main(m=memoryview(b'xy'))
                    s.exec('assert m.readonly and bytes(m) == b"xy"')
                    s.close()

                @check
                def pool_maps_submits_and_keeps_state():
                    from concurrent.futures import InterpreterPoolExecutor, ThreadPoolExecutor
                    assert issubclass(InterpreterPoolExecutor, ThreadPoolExecutor)
                    with InterpreterPoolExecutor(max_workers=1) as pool:
                        assert list(pool.map(square, range(5))) == [0, 1, 4, 9, 16]
                        assert pool.submit(lambda: 7).result(timeout=30) == 7
                        def count():
                            import builtins
                            builtins.n = getattr(builtins, 'n', 0) + 1
                            return builtins.n
                        assert [pool.submit(count).result() for _ in range(3)] == [1, 2, 3]

                @check
                def pool_reraises_the_original_exception_chained_to_execution_failed():
                    from concurrent.futures import InterpreterPoolExecutor
                    with InterpreterPoolExecutor(max_workers=1) as pool:
                        try:
                            pool.submit(int, 'zz').result()
                        except ValueError as e:
                            assert type(e.__cause__) is I.ExecutionFailed, e.__cause__
                        else:
                            raise AssertionError('no ValueError')
                        for task in ('1 + 1', b'x'):
                            try:
                                pool.submit(task)
                            except TypeError as e:
                                assert str(e) == 'scripts not supported'
                            else:
                                raise AssertionError(task)

                @check
                def pool_initializer_failure_breaks_the_pool():
                    from concurrent.futures import InterpreterPoolExecutor
                    from concurrent.futures.interpreter import BrokenInterpreterPool
                    def bad_init():
                        raise RuntimeError('init failed')
                    pool = InterpreterPoolExecutor(max_workers=1, initializer=bad_init)
                    try:
                        pool.submit(square, 2).result(timeout=30)
                    except BrokenInterpreterPool as e:
                        assert 'initializer failed' in str(e)
                    else:
                        raise AssertionError('pool not broken')
                    pool.shutdown()
                """);
    }
}
