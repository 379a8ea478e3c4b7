# ---
# clause: section:reference
# level: should
# features: queues, shareable
# description: values sent main -> sub -> main through queues keep type, value and order (nan, -0.0, surrogates, big ints, lists)
# ---
import math
from concurrent import interpreters

VALUES = (None, False, 0, -1, 2**63 - 1, -2**63, 2**100, 1.5, -0.0, float("nan"), float("inf"), "", "\ud800",
          "\U0001F600", b"", b"\x00\xff", (), (1, ("a", b"b")), [1, [2]], {"k": (1, 2)})

# runs in the sub: reports, for the i-th item it received, what it saw there, and sends the item back
ECHO = """
import math
def _describe(v):
    return (type(v).__name__, repr(v), math.copysign(1.0, v) if type(v) is float else None)
for _i in range(n):
    _v = there.get(timeout=10)
    back.put((_i, _describe(_v), _v))
"""


def describe(v):
    return (type(v).__name__, repr(v), math.copysign(1.0, v) if type(v) is float else None)


def main():
    there = interpreters.create_queue()
    back = interpreters.create_queue()
    interp = interpreters.create()
    try:
        interp.prepare_main(there=there, back=back, n=len(VALUES))
        for v in VALUES:
            there.put(v)
        interp.exec(ECHO)
        for expected_index, v in enumerate(VALUES):
            i, seen_in_sub, got = back.get(timeout=10)
            assert i == expected_index, f"main got the sub's item #{i} in place of #{expected_index}: FIFO order broken"
            assert seen_in_sub == describe(v), (
                f"item #{i}: main sent {describe(v)}, the sub received {seen_in_sub}; if this fails, check the "
                "conversion of this type into the receiving interpreter (and the order of items)")
            assert describe(got) == describe(v), (
                f"item #{i}: sent {describe(v)} through a sub and back, received {describe(got)}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
