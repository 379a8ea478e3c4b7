# ---
# clause: api:is_shareable
# quote: Return True if the object's data can be shared between interpreters.
# level: must
# features: shareable
# description: True for None, bytes, str and int; False for list, dict, set, object() and a function
# ---
from test.support import interpreters


def main():
    yes = [None, b"spam", b"", "eggs", "", 0, 42, -7]
    no = [[1], {"a": 1}, {1}, object(), main, bytearray(b"x")]
    wrong = [x for x in yes if interpreters.is_shareable(x) is not True]
    assert not wrong, f"is_shareable() is not True for {wrong!r}"
    wrong = [x for x in no if interpreters.is_shareable(x) is not False]
    assert not wrong, f"is_shareable() is not False for {wrong!r}"


if __name__ == "__main__":
    main()
