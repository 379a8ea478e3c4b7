# ---
# clause: section:interp-object-sharing
# quote: Nearly all of the immutable builtin objects are either directly shared or copied efficiently.
# quote: bool (True and False)
# quote: tuple (of similarly supported objects)
# level: must
# features: shareable
# description: None, bools, ints of any size, floats (-0.0, nan), str with surrogates, bytes and nested tuples reach a function run by call() and come back exact
# ---
from concurrent import interpreters

VALUES = (None, True, False, 0, -1, 2 ** 63 - 1, -2 ** 63, 2 ** 64 + 5, -(2 ** 100), -0.0, float("nan"),
          float("-inf"), 5e-324, "", "\ud800", "\U0001F600", "\ud83d\ude00", b"", b"\x00\xff",
          (), (True, (None, (b"x", 2 ** 70, -0.0))))


def describe(value):
    """repr() tells True from 1, -0.0 from 0.0 and shows escapes; the type names are compared as well."""
    kinds = tuple(describe(v)[0] for v in value) if type(value) is tuple else type(value).__name__
    return kinds, repr(value)


def seen_there(value):
    return describe(value), value


def main():
    interp = interpreters.create()
    try:
        for value in VALUES:
            want = describe(value)
            inside, returned = interp.call(seen_there, value)
            assert inside == want, f"call() passed {want[1]} ({want[0]}); the function received {inside[1]} ({inside[0]})"
            assert describe(returned) == want, (
                f"call() returned {want[1]} ({want[0]}) as {describe(returned)[1]} ({describe(returned)[0]})")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
