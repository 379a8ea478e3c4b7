# ---
# clause: api:Interpreter.exec
# level: should
# features: errors
# description: source that does not compile raises SyntaxError in the caller (not ExecutionFailed) and runs nothing
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            interp.exec("ran = True\nx = (\n")
        except interpreters.ExecutionFailed as e:
            raise AssertionError(f"CPython compiles first and raises SyntaxError directly; got ExecutionFailed: {e}") from e
        except SyntaxError:
            pass
        else:
            raise AssertionError("exec() of 'x = (' returned normally; expected SyntaxError")
        interp.exec("assert 'ran' not in globals(), 'code before the syntax error ran'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
