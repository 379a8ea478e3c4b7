# ---
# clause: api:list_all
# quote: Get all existing interpreters.
# level: must
# features: lifecycle
# description: list_all() is a list of Interpreter objects: main and every created one once; a closed one leaves it
# ---
import interpreters


def ids():
    got = interpreters.list_all()
    assert isinstance(got, list), f"list_all() returned {type(got).__name__}"
    assert all(isinstance(i, interpreters.Interpreter) for i in got), f"list_all() holds {got!r}"
    return [i.id for i in got]


def main():
    start = ids()
    assert interpreters.get_main().id in start, "list_all() lacks the main interpreter"
    a = interpreters.create()
    b = interpreters.create()
    try:
        now = ids()
        assert sorted(now) == sorted(start + [a.id, b.id]), f"list_all() went from {start} to {now}"
    finally:
        a.close()
    try:
        assert sorted(ids()) == sorted(start + [b.id]), f"after closing {a.id}, list_all() is {ids()}"
    finally:
        b.close()
    assert sorted(ids()) == sorted(start)


if __name__ == "__main__":
    main()
