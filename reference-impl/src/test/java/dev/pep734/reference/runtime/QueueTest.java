package dev.pep734.reference.runtime;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Queues: surface, errors, CPython's int-truncated timeouts, prompt wake-up, unbound-item policies. */
class QueueTest {
    @TestFactory
    Stream<DynamicTest> queues() {
        return ScriptChecks.run("""
                import threading, time, queue
                from concurrent import interpreters as I
                from concurrent.interpreters import _queues as QQ

                @check
                def surface_and_identity():
                    q = I.create_queue()
                    assert repr(q) == f'Queue({q.id})' and I.Queue(q.id) is q and hash(q) == hash(q.id)
                    assert q.maxsize == 0 and q.unbounditems is QQ.UNBOUND and repr(QQ.UNBOUND) == 'concurrent.interpreters._queues.UNBOUND'
                    assert q.empty() and not q.full() and q.qsize() == 0
                    assert issubclass(I.QueueEmpty, queue.Empty) and issubclass(I.QueueFull, queue.Full)
                    assert issubclass(I.QueueEmpty, QQ.QueueError) and issubclass(QQ.QueueError, RuntimeError)
                    assert QQ.QueueError.__module__ == 'concurrent.interpreters' and I.QueueEmpty.__module__ == 'concurrent.interpreters._queues'
                    assert not hasattr(q, 'task_done') and not isinstance(q, queue.Queue)
                    try:
                        I.Queue(99999)
                    except QQ.QueueNotFoundError as e:
                        assert str(e) == 'queue 99999 not found'
                    else:
                        raise AssertionError('Queue(99999)')

                @check
                def fifo_maxsize_and_nowait_errors():
                    q = I.create_queue(2)
                    q.put_nowait(1); q.put(2)
                    assert q.full() and q.qsize() == 2 and q.maxsize == 2
                    try:
                        q.put_nowait(3)
                    except I.QueueFull as e:
                        assert str(e) == f'queue {q.id} is full'
                    else:
                        raise AssertionError('full')
                    assert [q.get(), q.get_nowait()] == [1, 2]
                    try:
                        q.get_nowait()
                    except I.QueueEmpty as e:
                        assert str(e) == f'queue {q.id} is empty'
                    else:
                        raise AssertionError('empty')
                    neg = I.create_queue(-1)
                    for i in range(5):
                        neg.put_nowait(i)
                    assert neg.maxsize == -1 and not neg.full()

                @check
                def timeouts_are_truncated_like_cpython():
                    q = I.create_queue()
                    # Fractions near the next whole second: a runtime that honoured them would wait at least the
                    # timeout, past each bound, while a truncating one has most of a second of room on a loaded machine.
                    for timeout, low, high in ((0.9, 0, 0.85), (-0.9, 0, 0.85), (1.9, 0.95, 1.85)):
                        t = time.monotonic()
                        try:
                            q.get(timeout=timeout)
                        except I.QueueEmpty:
                            took = time.monotonic() - t
                            assert low <= took < high, (timeout, took)
                        else:
                            raise AssertionError(timeout)
                    try:
                        q.get(timeout=-1)
                    except ValueError as e:
                        assert str(e) == 'timeout value must be non-negative'
                    else:
                        raise AssertionError('-1')
                    full = I.create_queue(1)
                    full.put(0)
                    t = time.monotonic()
                    try:
                        full.put(1, timeout=1)
                    except I.QueueFull:
                        assert 0.95 <= time.monotonic() - t < 1.85
                    else:
                        raise AssertionError('put timeout')

                @check
                def blocking_get_waits_for_the_put_and_wakes_for_it():
                    q = I.create_queue()
                    s = I.create()
                    s.prepare_main(q=q)
                    t = threading.Thread(target=s.exec,
                                         args=('import time; time.sleep(0.3); q.put(("hi", time.monotonic()))',))
                    start = time.monotonic()  # before the thread starts: the put comes at least 0.3 s later
                    t.start()
                    item, put_at = q.get(timeout=10)
                    woke = time.monotonic()
                    t.join()
                    assert item == 'hi'
                    assert woke - start >= 0.29, woke - start
                    # Woken by the put, not by the 10 s timeout; timed from the put (not from a start that a slow
                    # thread start delays), with room for a loaded machine. That the wait needs no polling is
                    # XiQueueTest's: a blocked get waits on a condition without a time limit.
                    assert woke - put_at < 2, woke - put_at
                    s.close()

                @check
                def producers_keep_their_order():
                    q = I.create_queue()
                    subs = [I.create() for _ in range(2)]
                    threads = []
                    for n, s in enumerate(subs):
                        s.prepare_main(q=q, n=n)
                        threads.append(threading.Thread(target=s.exec, args=('for i in range(100): q.put((n, i))',)))
                    for t in threads: t.start()
                    for t in threads: t.join()
                    items = [q.get_nowait() for _ in range(200)]
                    for n in range(2):
                        assert [i for m, i in items if m == n] == list(range(100))
                    for s in subs: s.close()

                @check
                def unbound_policies_when_the_putting_interpreter_is_closed():
                    for policy in (QQ.UNBOUND, QQ.UNBOUND_ERROR, QQ.UNBOUND_REMOVE):
                        q = I.create_queue(unbounditems=policy)
                        q.put('main-1')
                        s = I.create()
                        s.prepare_main(q=q)
                        s.exec('q.put("sub-1"); q.put("sub-2")')
                        q.put('main-2')
                        s.close()
                        got = []
                        if policy is QQ.UNBOUND_REMOVE:
                            assert q.qsize() == 2
                        while not q.empty():
                            try:
                                got.append(q.get_nowait())
                            except QQ.ItemInterpreterDestroyed as e:
                                assert str(e) == "item's original interpreter destroyed"
                                got.append('destroyed')
                        expected = {QQ.UNBOUND: ['main-1', QQ.UNBOUND, QQ.UNBOUND, 'main-2'],
                                    QQ.UNBOUND_ERROR: ['main-1', 'destroyed', 'destroyed', 'main-2'],
                                    QQ.UNBOUND_REMOVE: ['main-1', 'main-2']}[policy]
                        assert got == expected, (policy, got)

                @check
                def per_put_policy_and_bad_policies():
                    q = I.create_queue()
                    s = I.create()
                    s.prepare_main(q=q)
                    s.exec('from concurrent.interpreters import _queues as QQ\\nq.put(1, unbounditems=QQ.UNBOUND_REMOVE); q.put(2)')
                    s.close()
                    assert q.qsize() == 1 and q.get() is QQ.UNBOUND
                    for bad in ('bogus', None):
                        try:
                            I.create_queue(unbounditems=bad)
                        except NotImplementedError as e:
                            assert str(e) == f'unsupported unbound replacement op {bad!r}', str(e)
                        else:
                            raise AssertionError(bad)
                    try:
                        I.create_queue('3')
                    except TypeError:
                        pass
                    else:
                        raise AssertionError("maxsize '3'")

                @check
                def queue_made_in_a_sub_outlives_it():
                    s = I.create()
                    s.exec('from concurrent import interpreters as I\\nq = I.create_queue()\\nq.put(7)\\nqid = q.id')
                    before = {x.id for x in QQ.list_all()}
                    s.exec('q3 = I.create_queue(); q3.put(q)')
                    newest = max(QQ.list_all(), key=lambda x: x.id)
                    inner = newest.get_nowait()
                    s.close()
                    assert isinstance(inner, I.Queue) and inner.id in before
                    assert inner.get_nowait() is QQ.UNBOUND  # put by the closed sub
                    inner.put(8)
                    assert inner.get_nowait() == 8

                @check
                def low_level_put_with_policy_zero_takes_the_queue_default():
                    q = I.create_queue(unbounditems=QQ.UNBOUND_REMOVE)
                    s = I.create()
                    s.exec(f'import _interpqueues\\n_interpqueues.put({q.id}, 1, 0, -1)')
                    assert q.qsize() == 1
                    s.close()
                    assert q.qsize() == 0  # removed: the queue's default applied

                def uses_only_builtins():
                    return len('abc')

                class _Int(int):
                    pass

                @check
                def items_arrive_with_their_exact_type_and_value():
                    # Scalars cross as themselves (no wire form); the rest falls back without losing its type.
                    q, back = I.create_queue(), I.create_queue()
                    s = I.create()
                    s.prepare_main(q=q, back=back)
                    values = [None, True, False, 0, -1, 2**63 - 1, -2**63, 2**63, -2**100, 0.0, -0.0, float('nan'),
                              float('-inf'), '', 'ascii', 'h\\u00e9', '\\ud913\\udc80', '\\udcff', b'', b'\\x00' * 100,
                              (), (1, 'a', None, (b'',)), [1]]
                    for v in values:
                        q.put(v)
                    s.exec('while not q.empty(): back.put(q.get_nowait())')
                    got = [back.get(timeout=10) for _ in values]
                    for v, g in zip(values, got):
                        assert type(g) is type(v) and repr(g) == repr(v), (v, g)
                    s.close()
                    q.put(_Int(5))
                    got = q.get()
                    assert type(got) is _Int and got == 5, got

                @check
                def stateless_functions_cross_as_code_like_cpython():
                    # CPython 3.14.3: no closure, no defaults, only builtins -> a new function running in the
                    # receiver's __main__; items of a tuple fall back one by one.
                    q = I.create_queue()
                    s = I.create()
                    s.prepare_main(q=q)
                    q.put(lambda: 7)
                    q.put(uses_only_builtins)
                    q.put((1, lambda: 2))
                    s.exec('a = q.get(); b = q.get(); t = q.get()\\n'
                           'q.put((a(), a.__name__, b(), b.__qualname__, b.__globals__ is globals(), t[0], t[1]()))')
                    assert q.get(timeout=5) == (7, '<lambda>', 3, 'uses_only_builtins', True, 1, 2)
                    q.put(uses_only_builtins)
                    assert q.get() is not uses_only_builtins
                    def with_default(x=1):
                        return x
                    try:
                        q.put(with_default)  # not stateless, and a local function cannot be pickled
                    except I.NotShareableError:
                        pass
                    else:
                        raise AssertionError('a function with defaults crossed as code')
                    lst = [1]
                    q.put((lst, lst))
                    got = q.get()
                    assert got == ([1], [1]) and got[0] is not got[1]
                    assert s.call(lambda *a: a[1](), 1, lambda: 3) == 3
                    s.close()
                """);
    }
}
