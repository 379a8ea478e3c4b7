# ---
# clause: api:list_all
# quote: Return a list of Interpreter objects, one for each existing interpreter.
# level: must
# features: lifecycle
# description: list_all() holds exactly one entry per interpreter: no duplicates, the main one included, in main and in a sub
# ---
from concurrent import interpreters


def main():
    subs = [interpreters.create() for _ in range(3)]
    try:
        ids = [i.id for i in interpreters.list_all()]
        assert len(ids) == len(set(ids)), f"list_all() repeats an interpreter: {ids}"
        expected = {0, *(s.id for s in subs)} | {interpreters.get_main().id}
        assert expected <= set(ids), f"list_all() is {ids}; it must include {sorted(expected)}"
        seen = subs[0].call(_ids_from_inside)
        assert sorted(seen) == sorted(ids), f"list_all() inside a sub is {seen}, in main {ids}"
        assert len(seen) == len(set(seen)), f"list_all() inside a sub repeats an interpreter: {seen}"
    finally:
        for s in subs:
            s.close()


def _ids_from_inside():
    from concurrent import interpreters as inner
    return tuple(i.id for i in inner.list_all())


if __name__ == "__main__":
    main()
