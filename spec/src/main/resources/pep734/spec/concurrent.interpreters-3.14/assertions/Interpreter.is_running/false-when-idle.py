# ---
# clause: api:Interpreter.is_running
# quote: Return True if the interpreter is currently executing code in its __main__ module and False otherwise.
# level: must
# features: lifecycle
# description: is_running() is exactly False before, between and after exec()/call() calls that have finished
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        got = interp.is_running()
        assert got is False, f"a new idle interpreter: is_running() must be False, got {got!r}"
        interp.exec("x = 1")
        got = interp.is_running()
        assert got is False, (f"exec() has returned: is_running() must be False again, got {got!r}; "
                              "if this fails, check that the running flag is cleared when exec() ends")
        try:
            interp.exec("raise ValueError('boom')")
        except interpreters.ExecutionFailed:
            pass
        got = interp.is_running()
        assert got is False, (f"exec() ended with an uncaught exception: is_running() must be False, got {got!r}; "
                              "if this fails, check that the running flag is cleared on the error path too")
        interp.call(divmod, 7, 2)
        got = interp.is_running()
        assert got is False, f"call() has returned: is_running() must be False, got {got!r}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
