# ---
# clause: section:interpreter-objects
# quote: The Interpreter object represents a single interpreter.
# level: must
# features: lifecycle
# description: each Interpreter from create() stands for its own interpreter: distinct IDs, separate __main__, close() ends only that one
# ---
from test.support import interpreters


def main():
    a = interpreters.create()
    b = interpreters.create()
    try:
        assert isinstance(a, interpreters.Interpreter) and isinstance(b, interpreters.Interpreter), (
            f"create() returned {type(a).__name__}; expected Interpreter")
        assert a.id != b.id, f"two created interpreters share the ID {a.id!r}"
        a.run("name = 'a'\n")
        b.run("name = 'b'\n")
        try:
            a.run("assert name == 'a', name\n")
            b.run("assert name == 'b', name\n")
        except interpreters.RunFailedError as e:
            raise AssertionError(f"two Interpreter objects share one __main__: {e}")
        a.close()
        ids = [i.id for i in interpreters.list_all()]
        assert a.id not in ids and b.id in ids, f"after a.close() list_all() IDs are {ids}"
        b.run("assert name == 'b'\n")
    finally:
        for i in (a, b):
            if i.id in [x.id for x in interpreters.list_all()]:
                i.close()


if __name__ == "__main__":
    main()
