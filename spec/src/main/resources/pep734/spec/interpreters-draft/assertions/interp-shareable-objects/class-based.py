# ---
# clause: section:interp-shareable-objects
# quote: A "shareable" object is one with a class that specifically supports passing between interpreters.
# level: should
# features: shareable
# description: shareability follows the class: str, int and tuple instances are shareable, instances of their subclasses and of plain user classes are not
# ---
import collections

import interpreters


class MyStr(str):
    pass


class MyInt(int):
    pass


class Plain:
    pass


def main():
    Point = collections.namedtuple("Point", "x y")
    assert interpreters.is_shareable("s") and interpreters.is_shareable(7) and interpreters.is_shareable((1, 2))
    for obj in (MyStr("s"), MyInt(7), Point(1, 2), Plain()):
        assert interpreters.is_shareable(obj) is False, (
            f"is_shareable({obj!r}) of class {type(obj).__name__} is not False; only classes that specifically "
            "support passing are shareable")


if __name__ == "__main__":
    main()
