# ---
# clause: api:list_all
# level: should
# description: list_all() inside a subinterpreter lists the same interpreters as in main
# ---
import interpreters


def main():
    a = interpreters.create()
    b = interpreters.create()
    try:
        expected = sorted(i.id for i in interpreters.list_all())
        a.exec("import interpreters\n"
               f"got = sorted(i.id for i in interpreters.list_all())\nassert got == {expected!r}, got\n")
    except interpreters.ExecutionFailed as e:
        raise AssertionError(f"list_all() inside a subinterpreter differs from main's {expected}: {e}")
    finally:
        a.close()
        b.close()


if __name__ == "__main__":
    main()
