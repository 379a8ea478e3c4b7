# ---
# clause: section:interp-object-sharing
# quote: By default, most objects are copied with pickle when they are passed to another interpreter.
# level: must
# features: queues, shareable
# description: picklable objects of many types (containers, complex, Fraction, Decimal, date, OrderedDict, range) cross queues and call() as equal copies of the same type
# ---
# prepare_main() is left out: CPython 3.14.3 binds only shareable objects and refuses the rest (erratum
# prepare-main-does-not-pickle); queues and call() pickle.
import collections
import datetime
import decimal
import fractions
from concurrent import interpreters

VALUES = ([1, [2, "x"]], {"k": (1, 2), 3: None}, {1, 2}, frozenset({"a"}), 1 + 2j, fractions.Fraction(1, 3),
          decimal.Decimal("1.10"), datetime.date(2020, 1, 2), collections.OrderedDict(a=1, b=2), range(3, 9, 2),
          bytearray(b"\x00\xff"))


def describe(value):
    return type(value).__module__, type(value).__qualname__, repr(value)


def identity(value):
    return value


def main():
    interp = interpreters.create()
    there, back = interpreters.create_queue(), interpreters.create_queue()
    try:
        interp.prepare_main(there=there, back=back)
        interp.exec("def describe(value):\n"
                    "    return type(value).__module__, type(value).__qualname__, repr(value)\n")
        for value in VALUES:
            want = describe(value)
            got = interp.call(identity, value)
            assert describe(got) == want and got == value, (
                f"call() passed and returned {want} as {describe(got)}")
            there.put(value)
            interp.exec("_v = there.get(timeout=10)\nback.put((describe(_v), _v))\n")
            seen, returned = back.get(timeout=10)
            assert seen == want, f"put on a queue: {want}; the interpreter got {seen}"
            assert describe(returned) == want and returned == value, (
                f"sent back through a queue: {want} came back as {describe(returned)}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
