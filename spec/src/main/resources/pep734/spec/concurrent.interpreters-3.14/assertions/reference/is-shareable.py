# ---
# clause: section:reference
# level: should
# features: shareable
# description: is_shareable() is True for immutable builtin values, queues and memoryviews, False for mutable or arbitrary objects
# ---
from concurrent import interpreters


def main():
    yes = (None, True, 0, -5, 1.5, float("nan"), "", "text", "\ud800", b"", b"x", (), (1, ("a", None)),
           memoryview(b"x"), interpreters.create_queue())
    no = ([], {}, set(), bytearray(), object(), lambda: None, len, int, Exception("x"), 1j, range(3), ...)
    wrong = [(v, True) for v in yes if interpreters.is_shareable(v) is not True]
    wrong += [(v, False) for v in no if interpreters.is_shareable(v) is not False]
    assert not wrong, ("is_shareable() disagrees for: "
                       + ", ".join(f"{type(v).__name__} {v!r} (expected {exp})" for v, exp in wrong))


if __name__ == "__main__":
    main()
