# ---
# clause: section:preparing-and-reusing-an-interpreter
# quote: The next time you run code in that interpreter, the __main__ module will be in exactly the state in which you left it:
# level: should
# features: exec, state, errors
# description: after an exec() that failed half way, what ran before the exception is kept and nothing after it ran
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    out = interpreters.create_queue()
    try:
        interp.prepare_main(out=out)
        interp.exec("step = 0")
        try:
            interp.exec("step = 1\n"
                        "raise KeyError('stop')\n"
                        "step = 2\n")
        except interpreters.ExecutionFailed:
            pass
        else:
            raise AssertionError("an uncaught KeyError did not raise ExecutionFailed")
        interp.exec("out.put(step)")
        got = out.get(timeout=10)
        assert got == 1, f"after the failed exec(), step is {got!r}: expected 1 (set before the exception; not reset, not 2)"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
