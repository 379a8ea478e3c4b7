# ---
# clause: section:reference
# level: should
# features: queues, shareable
# description: values sent main -> sub -> main through queues keep type and value (nan, -0.0, surrogates, big ints, lists)
# ---
import math
from concurrent import interpreters

VALUES = (None, False, 0, -1, 2**63 - 1, -2**63, 2**100, 1.5, -0.0, float("nan"), float("inf"), "", "\ud800",
          "\U0001F600", b"", b"\x00\xff", (), (1, ("a", b"b")), [1, [2]], {"k": (1, 2)})


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
        interp.exec("for _ in range(n):\n    back.put(there.get(timeout=10))\n")
        for v in VALUES:
            got = back.get(timeout=10)
            assert describe(got) == describe(v), (
                f"sent {describe(v)} through a sub and back, received {describe(got)}; "
                "if this fails, check the conversion of this type (and the order of items)")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
