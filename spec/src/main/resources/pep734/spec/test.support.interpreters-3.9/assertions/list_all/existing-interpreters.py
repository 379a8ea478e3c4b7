# ---
# clause: api:list_all
# quote: Get all existing interpreters.
# quote: Returns a list of Interpreter objects.
# level: must
# features: lifecycle
# description: list_all() is a list of Interpreter objects: main plus each created one, once; a closed one leaves it; a sub sees the same set
# ---
from test.support import interpreters


def ids():
    got = interpreters.list_all()
    assert isinstance(got, list), f"list_all() returned {type(got).__name__}; expected list"
    assert all(isinstance(i, interpreters.Interpreter) for i in got), f"list_all() holds {got!r}"
    return [i.id for i in got]


def same_members(got, expected):
    """Equal as multisets, by == alone: the document does not say that IDs can be ordered or hashed."""
    return len(got) == len(expected) and all(got.count(x) == expected.count(x) for x in got + expected)


def main():
    start = ids()
    assert interpreters.get_main().id in start, "list_all() lacks the main interpreter"
    a = interpreters.create()
    b = interpreters.create()
    try:
        now = ids()
        assert same_members(now, start + [a.id, b.id]), f"list_all() went from {start} to {now}"
        try:
            a.run("from test.support import interpreters\n"
                  f"assert sorted(int(i.id) for i in interpreters.list_all()) == {sorted(int(i) for i in now)!r}, interpreters.list_all()\n")
        except interpreters.RunFailedError as e:
            raise AssertionError(f"list_all() inside a sub-interpreter differs from main's: {e}")
    finally:
        a.close()
    assert same_members(ids(), start + [b.id]), f"after closing {a.id!r} list_all() is {ids()}"
    b.close()


if __name__ == "__main__":
    main()
