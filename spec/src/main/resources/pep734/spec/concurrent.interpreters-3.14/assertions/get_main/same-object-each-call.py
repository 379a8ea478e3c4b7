# ---
# clause: api:get_main
# level: should
# description: get_main(), get_current() in main and list_all() hand out the same Interpreter object for id 0
# ---
from concurrent import interpreters


def main():
    m1 = interpreters.get_main()
    m2 = interpreters.get_main()
    assert m1 is m2, f"get_main() returned two different objects {m1!r} and {m2!r}; CPython keeps one object per id"
    assert interpreters.get_current() is m1, "get_current() in main must be the same object as get_main()"
    listed = [i for i in interpreters.list_all() if i.id == 0]
    assert len(listed) == 1 and listed[0] is m1, (
        f"list_all() must hold the very object get_main() returns for id 0, got {listed!r}")
    assert hash(m1) == hash(0), f"hash(Interpreter) should be hash(id): hash(main) is {hash(m1)}"


if __name__ == "__main__":
    main()
