# ---
# clause: api:is_shareable
# quote: Can the object's data be passed between interpreters?
# level: must
# features: shareable
# description: True for the listed shareable kinds (None, bool, bytes, str, int, float, tuples of them, memoryview, queues, channel ends), False for list, dict, set, bytearray, object(), functions
# ---
import interpreters


def main():
    r, s = interpreters.create_channel()
    yes = [None, True, False, b"x", "s", 0, -5, 1.5, (), (1, ("a", None)), memoryview(b"ab"),
           interpreters.create_queue(), r, s]
    no = [[1], {"a": 1}, {1}, bytearray(b"x"), object(), main, lambda: 1, [(), ()]]
    wrong = [x for x in yes if interpreters.is_shareable(x) is not True]
    assert not wrong, f"is_shareable() is not True for {wrong!r}"
    wrong = [x for x in no if interpreters.is_shareable(x) is not False]
    assert not wrong, f"is_shareable() is not False for {wrong!r}"


if __name__ == "__main__":
    main()
