# ---
# clause: api:Interpreter.exec
# level: should
# description: exec() returns None, also when the code ends with an expression
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        for code in ("x = 1", "42", "'value'"):
            got = interp.exec(code)
            assert got is None, f"exec({code!r}) returned {got!r}; expected None (exec runs statements, it has no result)"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
