# ---
# clause: api:Interpreter.exec
# level: should
# features: errors
# description: exec() does not dedent: indented source raises IndentationError in the caller (erratum exec-has-no-dedent)
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            interp.exec("    x = 1\n    y = 2\n")
        except IndentationError:
            pass
        except interpreters.ExecutionFailed as e:
            raise AssertionError("indented source failed inside the interpreter; CPython raises IndentationError "
                                 f"in the caller: {e.excinfo.formatted}") from e
        else:
            raise AssertionError("exec() ran indented source: it dedented, which CPython 3.14.3 does not do")
        try:
            interp.exec("x = 1", dedent=False)
        except TypeError:
            pass
        else:
            raise AssertionError("exec() accepted dedent=; CPython 3.14.3 has exec(code, /)")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
