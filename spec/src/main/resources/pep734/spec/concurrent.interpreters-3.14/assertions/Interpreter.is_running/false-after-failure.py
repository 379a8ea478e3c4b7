# ---
# clause: api:Interpreter.is_running
# quote: Return True if the interpreter is currently executing code in its __main__ module and False otherwise.
# level: must
# features: lifecycle, exceptions
# description: after exec() or call() fail with ExecutionFailed the interpreter is no longer running, and runs code again
# ---
from concurrent import interpreters


def boom():
    raise RuntimeError("boom")


def main():
    interp = interpreters.create()
    try:
        for how in ("exec", "call"):
            try:
                if how == "exec":
                    interp.exec("raise RuntimeError('boom')")
                else:
                    interp.call(boom)
            except interpreters.ExecutionFailed:
                pass
            else:
                raise AssertionError(f"{how}() of failing code did not raise ExecutionFailed")
            assert interp.is_running() is False, f"is_running() is still True after {how}() failed"
        interp.exec("ok = True")
        interp.exec("assert ok")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
