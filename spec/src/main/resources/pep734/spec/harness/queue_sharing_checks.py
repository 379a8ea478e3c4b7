# Checks of what crosses a queue: copies of mutable objects, values intact, the same queue and the same memory
# shared; shared by the 3.14 profile (should) and the 3.14.3 profile (must). Include queue_errors.py before this
# file.
from concurrent import interpreters
import math


def check_queue_same_interpreter_copies():
    """getting in the putting interpreter returns an equal copy, never the very object put (no sharing of
    mutable objects)."""
    q = interpreters.create_queue()
    for value in ([1, 2], {"a": [1]}, bytearray(b"x")):
        q.put(value)
        got = q.get(timeout=10)
        assert got == value, f"got {got!r}, put {value!r}"
        assert got is not value, f"the very {type(value).__name__} object came back: mutable state is shared"
    mutable = [1]
    q.put(mutable)
    mutable.append(2)
    assert q.get(timeout=10) == [1], "a change after put() showed in the queued item (it was not copied at put)"


def _queue_id(q):
    return q.id


def check_queue_one_object_per_id():
    """Queue(id) returns the same object; a queue sent through a queue or to a sub is the same queue (same id)."""
    q = interpreters.create_queue()
    carrier = interpreters.create_queue()
    assert interpreters.Queue(q.id) is q, f"Queue({q.id}) is a different object than the queue create_queue() returned"
    carrier.put(q)
    got = carrier.get(timeout=10)
    assert got is q, f"a queue sent through a queue came back as {got!r}, not the same object {q!r}"
    interp = interpreters.create()
    try:
        assert interp.call(_queue_id, q) == q.id, "the sub got a queue with a different id"
    finally:
        interp.close()
    other = interpreters.create_queue()
    assert other.id != q.id, f"two live queues share id {q.id}"


def check_queue_put_get_across_interpreters():
    """a queue passed to a sub carries items both ways; the sub sees the same queue (same id)."""
    q = interpreters.create_queue()
    back = interpreters.create_queue()
    interp = interpreters.create()
    try:
        interp.prepare_main(q=q, back=back, expected_id=q.id)
        q.put("to sub")
        interp.exec(
            "assert q.id == expected_id, f'the sub got queue {q.id}, main sent {expected_id}'\n"
            "_item = q.get(timeout=10)\n"
            "assert _item == 'to sub', f'the sub got {_item!r}'\n"
            "back.put(('to main', q.qsize()))\n")
        got = back.get(timeout=10)
        assert got == ("to main", 0), f"main got {got!r} from the sub, expected ('to main', 0)"
        assert q.empty() and back.empty(), "both queues must be empty after one put and one get each"
    finally:
        interp.close()


_VALUES = (None, False, 0, -1, 2**63 - 1, -2**63, 2**100, 1.5, -0.0, float("nan"), float("inf"), "", "\ud800",
          "\U0001F600", b"", b"\x00\xff", (), (1, ("a", b"b")), [1, [2]], {"k": (1, 2)})

# runs in the sub: reports, for the i-th item it received, what it saw there, and sends the item back
_ECHO = """
import math
def _describe(v):
    return (type(v).__name__, repr(v), math.copysign(1.0, v) if type(v) is float else None)
for _i in range(n):
    _v = there.get(timeout=10)
    back.put((_i, _describe(_v), _v))
"""


def _describe(v):
    return (type(v).__name__, repr(v), math.copysign(1.0, v) if type(v) is float else None)


def check_queue_values_preserved():
    """values sent main -> sub -> main through queues keep type, value and order (nan, -0.0, surrogates, big
    ints, lists)."""
    there = interpreters.create_queue()
    back = interpreters.create_queue()
    interp = interpreters.create()
    try:
        interp.prepare_main(there=there, back=back, n=len(_VALUES))
        for v in _VALUES:
            there.put(v)
        interp.exec(_ECHO)
        for expected_index, v in enumerate(_VALUES):
            i, seen_in_sub, got = back.get(timeout=10)
            assert i == expected_index, f"main got the sub's item #{i} in place of #{expected_index}: FIFO order broken"
            assert seen_in_sub == _describe(v), (
                f"item #{i}: main sent {_describe(v)}, the sub received {seen_in_sub}; if this fails, check the "
                "conversion of this type into the receiving interpreter (and the order of items)")
            assert _describe(got) == _describe(v), (
                f"item #{i}: sent {_describe(v)} through a sub and back, received {_describe(got)}")
    finally:
        interp.close()


def check_queue_memoryview_shared():
    """a memoryview put on a queue arrives as a view of the same memory: writes on either side are seen by the
    other."""
    data = bytearray(b"abcd")
    q = interpreters.create_queue()
    done = interpreters.create_queue()
    interp = interpreters.create()
    try:
        interp.prepare_main(q=q, done=done)
        q.put(memoryview(data))
        interp.exec("m = q.get(timeout=10)\n"
                    "assert bytes(m) == b'abcd', bytes(m)\n"
                    "m[0] = ord('Z')\n")
        assert data[0] == ord("Z"), f"the sub's write is not visible in main: {bytes(data)!r}"
        data[1] = ord("Y")
        interp.exec("assert m[1] == ord('Y'), bytes(m)\nrelease = m.release()\n")
    finally:
        interp.close()
