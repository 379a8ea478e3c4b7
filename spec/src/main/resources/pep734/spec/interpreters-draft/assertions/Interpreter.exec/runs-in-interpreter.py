# ---
# clause: api:Interpreter.exec
# quote: Run the given source code in the interpreter (in the current thread).
# level: must
# description: exec() runs source in the interpreter's __main__ (state persists between calls, main untouched), blocks the caller, returns None
# ---
import time

import interpreters

counter = 0


def main():
    interp = interpreters.create()
    try:
        result = interp.exec("counter = 10\n")
        assert result is None, f"exec() returned {result!r}"
        interp.exec("counter += 5\n")
        start = time.monotonic()
        interp.exec("import time\ntime.sleep(0.5)\ncounter += 1\n")
        assert time.monotonic() - start >= 0.45, "exec() returned before its code finished"
        try:
            interp.exec("assert counter == 16, counter\nassert __name__ == '__main__', __name__\n")
        except interpreters.ExecutionFailed as e:
            raise AssertionError(f"the interpreter's state after four exec() calls is wrong: {e}")
        assert counter == 0, "exec() changed the main interpreter's global"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
