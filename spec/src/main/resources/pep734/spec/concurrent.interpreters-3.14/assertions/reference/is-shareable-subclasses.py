# ---
# clause: section:reference
# level: should
# features: shareable
# description: is_shareable() is False for subclasses of shareable types (bool aside): str, int and tuple subclasses, namedtuples, IntEnum members
# ---
import collections
import enum
from concurrent import interpreters


class MyStr(str):
    pass


class MyInt(int):
    pass


class Colour(enum.IntEnum):
    RED = 1


Point = collections.namedtuple("Point", "x y")


def main():
    for value in (MyStr("s"), MyInt(1), Point(1, 2), Colour.RED):
        assert interpreters.is_shareable(value) is False, (
            f"is_shareable({value!r}) ({type(value).__name__}) is True; CPython shares only the exact builtin types")
    assert interpreters.is_shareable(True) is True, "bool is shareable in CPython"


if __name__ == "__main__":
    main()
