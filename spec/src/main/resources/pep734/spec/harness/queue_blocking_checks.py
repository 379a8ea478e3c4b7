# Checks of the queue's blocking, timeouts, maxsize, empty/full/qsize and its exceptions, shared by the 3.14 profile
# (level should: its document has no Queue text) and the 3.14.3 profile (level must: its Queue implements the
# queue.Queue interface). Include queue_errors.py before this file.
import time
from concurrent import interpreters
import queue


def _put_later(q, go, delay):
    import time
    go.get(timeout=60)
    time.sleep(delay)
    q.put(("late item", time.monotonic()))


def check_queue_blocking_get_woken_by_put():
    """A blocking get() waits until a sub, started in another thread, puts an item; it does not return early."""
    q = interpreters.create_queue()
    go = interpreters.create_queue()
    interp = interpreters.create()
    try:
        t = interp.call_in_thread(_put_later, q, go, 0.5)
        try:
            start = time.monotonic()  # before the go signal: the item cannot exist before start + 0.5 s
            go.put(None)
            got = q.get(timeout=60)
            got_at = time.monotonic()
        finally:
            t.join(60)  # before close(): closing an interpreter a thread is entering can hang CPython 3.14.3
        assert type(got) is tuple and len(got) == 2, f"a blocking get() returned {got!r}, not the item put later"
        item, put_at = got
        assert item == "late item", f"got {item!r}"
        assert got_at - start >= 0.45, (
            f"get() returned after {got_at - start:.2f}s, but the item was put only after a 0.5 s sleep; "
            "a blocking get() must wait")
        assert got_at >= put_at, "get() returned before the item was put"
    finally:
        interp.close()


def _take_later(q, go, delay):
    import time
    go.get(timeout=60)
    time.sleep(delay)
    return q.get(timeout=60)


def check_queue_blocking_put_woken_by_get():
    """Put() on a full queue blocks until a sub takes an item; it does not return early and loses nothing."""
    q = interpreters.create_queue(1)
    go = interpreters.create_queue()
    interp = interpreters.create()
    try:
        q.put("first")
        t = interp.call_in_thread(_take_later, q, go, 0.5)
        try:
            start = time.monotonic()  # before the go signal: room cannot be made before start + 0.5 s
            go.put(None)
            q.put("second", timeout=60)
            took = time.monotonic() - start
        finally:
            t.join(60)  # before close(): closing an interpreter a thread is entering can hang CPython 3.14.3
        assert took >= 0.45, (f"put() on a full queue returned after {took:.2f}s, but room was made only after "
                              "a 0.5 s sleep; a blocking put() must wait")
        assert q.qsize() == 1 and q.get_nowait() == "second", "after one get and one put the queue must hold 'second'"
    finally:
        interp.close()


def check_queue_get_timeout_waits():
    """get(timeout=2) on an empty queue waits about two seconds, then raises QueueEmpty."""
    q = interpreters.create_queue()
    start = time.monotonic()
    try:
        got = q.get(timeout=2)
    except QueueEmptyError:
        pass
    else:
        raise AssertionError(f"get(timeout=2) on an empty queue returned {got!r}; expected QueueEmpty")
    took = time.monotonic() - start
    assert took >= 1.9, f"get(timeout=2) gave up after {took:.2f}s; it must wait for the timeout before QueueEmpty"
    assert took < 20, f"get(timeout=2) waited {took:.2f}s; the timeout was not honoured"


def check_queue_put_timeout_waits_when_full():
    """put(timeout=2) on a full queue waits about two seconds, then raises QueueFull without storing the item."""
    q = interpreters.create_queue(1)
    q.put("first")
    start = time.monotonic()
    try:
        q.put("second", timeout=2)
    except QueueFullError:
        pass
    else:
        raise AssertionError("put(timeout=2) on a full queue returned normally; expected QueueFull")
    took = time.monotonic() - start
    assert took >= 1.9, f"put(timeout=2) gave up after {took:.2f}s; it must wait for room until the timeout"
    assert took < 20, f"put(timeout=2) waited {took:.2f}s; the timeout was not honoured"
    assert q.qsize() == 1 and q.get_nowait() == "first", "the refused item must not be stored"


def check_queue_get_nowait_empty():
    """get_nowait() and get(block=False) on an empty queue raise QueueEmpty at once."""
    q = interpreters.create_queue()
    for name, op in (("get_nowait()", q.get_nowait), ("get(block=False)", lambda: q.get(block=False))):
        start = time.monotonic()
        try:
            got = op()
        except QueueEmptyError as e:
            assert isinstance(e, queue.Empty), "QueueEmpty should also be a queue.Empty"
        except Exception as e:
            raise AssertionError(f"{name} on an empty queue raised {type(e).__name__}: {e}; expected QueueEmpty") from e
        else:
            raise AssertionError(f"{name} on an empty queue returned {got!r}; expected QueueEmpty")
        took = time.monotonic() - start
        assert took < 5, f"{name} waited {took:.2f}s; a non-blocking get must not wait"
    q.put(1)
    assert q.get_nowait() == 1, "get_nowait() must return an available item"


def check_queue_put_nowait_full():
    """put_nowait() on a full queue raises QueueFull (a queue.Full) and keeps the queue as it was."""
    q = interpreters.create_queue(2)
    q.put_nowait("a")
    q.put_nowait("b")
    assert q.full(), "a queue of maxsize 2 holding 2 items is not full()"
    try:
        q.put_nowait("c")
    except QueueFullError as e:
        assert isinstance(e, queue.Full), "QueueFull is not a queue.Full"
    else:
        raise AssertionError("put_nowait() on a full queue returned normally")
    try:
        q.put("c", block=False)
    except QueueFullError:
        pass
    else:
        raise AssertionError("put(block=False) on a full queue returned normally")
    assert q.qsize() == 2, f"qsize() is {q.qsize()} after refused puts"
    assert [q.get_nowait(), q.get_nowait()] == ["a", "b"], "items changed by refused puts"


def check_queue_get_nonblocking():
    """get(block=False) and get_nowait() on an empty queue raise QueueEmpty at once, even with a timeout given."""
    q = interpreters.create_queue()
    for name, op in (("get(block=False)", lambda: q.get(block=False)),
                     ("get(block=False, timeout=60)", lambda: q.get(False, 60)),
                     ("get_nowait()", q.get_nowait)):
        start = time.monotonic()
        try:
            got = op()
        except QueueEmptyError:
            pass
        else:
            raise AssertionError(f"{name} on an empty queue returned {got!r}")
        took = time.monotonic() - start
        # At once, with room for a loaded machine: a get that honoured the timeout would wait 60 s, one that
        # blocked would never return (the run's own timeout then fails it).
        assert took < 10, f"{name} blocked for {took:.2f}s"


def check_queue_maxsize_full():
    """create_queue(maxsize=2) holds two items; a third put_nowait raises QueueFull and is not stored."""
    q = interpreters.create_queue(2)
    assert q.maxsize == 2, f"maxsize is {q.maxsize!r}, expected 2"
    q.put_nowait("a")
    assert not q.full(), "one item of two: full() must be False"
    q.put_nowait("b")
    assert q.full() and q.qsize() == 2, f"two items of two: full()={q.full()!r}, qsize()={q.qsize()!r}"
    try:
        q.put_nowait("c")
    except QueueFullError as e:
        assert isinstance(e, queue.Full), "QueueFull should also be a queue.Full"
    except Exception as e:
        raise AssertionError(f"put_nowait on a full queue raised {type(e).__name__}: {e}; expected QueueFull") from e
    else:
        raise AssertionError("put_nowait on a full queue (maxsize=2) returned normally; expected QueueFull")
    got = [q.get_nowait(), q.get_nowait()]
    assert got == ["a", "b"] and q.empty(), f"the queue held {got!r} (+{q.qsize()} more); the refused 'c' must not be stored"
    unbounded = interpreters.create_queue()
    for i in range(1000):
        unbounded.put_nowait(i)
    assert unbounded.qsize() == 1000 and not unbounded.full(), "maxsize=0 means unbounded"


def check_queue_maxsize_zero_or_negative_unbounded():
    """create_queue(0) and create_queue(-1) are unbounded: never full(), put_nowait() always succeeds; maxsize
    is kept."""
    for maxsize in (0, -1):
        q = interpreters.create_queue(maxsize)
        assert q.maxsize == maxsize, f"create_queue({maxsize}).maxsize is {q.maxsize}"
        for i in range(1000):
            q.put_nowait(i)
        assert not q.full(), f"an unbounded queue (maxsize={maxsize}) reports full() with 1000 items"
        assert q.qsize() == 1000, f"qsize() is {q.qsize()}"
    q = interpreters.create_queue()
    assert q.maxsize == 0, f"create_queue().maxsize is {q.maxsize}, expected 0"


def _put_n(q, n):
    for i in range(n):
        q.put(i)
    return q.qsize()


def check_queue_qsize_empty_tracks_items():
    """qsize(), empty() and full() follow every put and get, also for items put by a subinterpreter."""
    q = interpreters.create_queue(3)
    _assert_counts(q, 0, "a new queue of maxsize 3")
    for n in range(1, 4):
        q.put_nowait(n)
        _assert_counts(q, n, f"after {n} put(s)")
    for n in range(2, -1, -1):
        q.get_nowait()
        _assert_counts(q, n, f"after a get, {n} item(s) left")
    interp = interpreters.create()
    try:
        seen_in_sub = interp.call(_put_n, q, 2)
        assert seen_in_sub == 2, f"the sub saw qsize() {seen_in_sub!r} after putting 2 items"
        _assert_counts(q, 2, "main, after a sub put 2 items")
        got = [q.get_nowait() for _ in range(2)]
        assert got == [0, 1], f"got {got!r}"
        _assert_counts(q, 0, "main, after getting every item")
    finally:
        interp.close()


def _assert_counts(q, n, when):
    """qsize() is n, empty() is exactly (n == 0), full() exactly (n == maxsize): no answer may be off by one."""
    got = (q.qsize(), q.empty(), q.full())
    want = (n, n == 0, n == q.maxsize)
    assert got == want, (f"{when}: (qsize(), empty(), full()) is {got!r}, expected {want!r} with maxsize "
                         f"{q.maxsize}; if this fails, check the boundary each of them compares against")
