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
                def merge_takes_each_sides_changes_chunk_by_chunk():
                    import random
                    from _pep734_mem import _merge, _MERGE_CHUNK
                    def byte_by_byte(mine, snapshot, theirs):
                        return bytes(a if a != s else t for a, s, t in zip(mine, snapshot, theirs))
                    rnd = random.Random(734)
                    assert _merge(b'', b'', b'') == b''
                    for size in (1, 2, 9, 300):
                        for _ in range(20):
                            s = bytes(rnd.randrange(3) for _ in range(size))
                            a = bytes(x if rnd.random() < .5 else rnd.randrange(3) for x in s)
                            t = bytes(x if rnd.random() < .5 else rnd.randrange(3) for x in s)
                            assert _merge(a, s, t) == byte_by_byte(a, s, t), (a, s, t)
                    # chunks: changed here only, there only, both (same chunk), neither, and a short last one
                    n = 4 * _MERGE_CHUNK + 3
                    s = bytes(range(256)) * (n // 256) + bytes(n % 256)
                    a, t = bytearray(s), bytearray(s)
                    a[0] = 200; t[1] = 201; a[_MERGE_CHUNK + 5] = 202; t[2 * _MERGE_CHUNK] = 203
                    a[-1] = 204; t[-1] = 205; t[-2] = 206
                    want = bytearray(s)
                    want[0], want[1], want[_MERGE_CHUNK + 5], want[2 * _MERGE_CHUNK] = 200, 201, 202, 203
                    want[-1], want[-2] = 204, 206
                    assert _merge(bytes(a), s, bytes(t)) == bytes(want)

                @check
                def writes_on_both_sides_between_reconciles_merge_and_this_side_wins_a_conflict():
                    n = 3 * (1 << 16) + 10
                    buf = bytearray(n + 8)
                    mine = memoryview(buf)[8:]  # not a whole bytearray: written back through pack_into
                    carrier = I.create()
                    q = I.create_queue()
                    carrier.prepare_main(q=q)
                    carrier.exec('q.put(memoryview(bytearray(1)))')
                    sig = q.get(timeout=5)  # arrived: a live Java block here and in s, no reconciling
                    s = I.create()
                    s.prepare_main(m=mine, sig=sig)
                    t = threading.Thread(target=s.exec, args=(
                        'import time\\nm[1] = 2\\nm[-1] = 9\\nm[70000] = 7\\nsig[0] = 1\\n'
                        'end = time.monotonic() + 20\\n'
                        'while sig[0] != 2 and time.monotonic() < end: time.sleep(0.005)',))
                    t.start()
                    end = time.monotonic() + 20
                    while sig[0] != 1 and time.monotonic() < end:
                        time.sleep(0.005)
                    assert sig[0] == 1, 'the subinterpreter did not write'
                    mine[0] = 1
                    mine[-1] = 5  # written on both sides: this side's value wins
                    mine[140000] = 3
                    sig[0] = 2
                    t.join()
                    want = {0: 1, 1: 2, n - 1: 5, 70000: 7, 140000: 3}
                    assert {i: mine[i] for i in want} == want, {i: mine[i] for i in want}
                    assert buf[:8] == bytes(8) and sum(buf) == sum(want.values()), 'bytes outside the view changed'
                    s.exec(f'want = {want!r}\\nassert {{i: m[i] for i in want}} == want, {{i: m[i] for i in want}}\\n'
                           'assert sum(m) == sum(want.values())')
                    s.close(); carrier.close()

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
