# ---
# clause: api:Interpreter.call
# level: should
# description: calls into the same interpreter see the state left by earlier exec()/call() there; another interpreter does not
# ---
from concurrent import interpreters


def bump():
    import builtins
    builtins.tck_counter = getattr(builtins, "tck_counter", 0) + 1
    return builtins.tck_counter


def main():
    a = interpreters.create()
    try:
        b = interpreters.create()
        try:
            got = [a.call(bump) for _ in range(3)]
            assert got == [1, 2, 3], f"three calls into one interpreter returned {got}, expected [1, 2, 3]"
            assert b.call(bump) == 1, "a second interpreter must start with its own fresh builtins module"
            import builtins
            assert not hasattr(builtins, "tck_counter"), "the subs' builtins changes leaked into main"
        finally:
            b.close()
    finally:
        a.close()


if __name__ == "__main__":
    main()
