# ---
# clause: api:Interpreter.prepare_main
# level: should
# features: errors, threads
# description: prepare_main() and exec() on an interpreter busy in another thread raise InterpreterError and change nothing
# includes: raising.py
# ---
import os
import tempfile
import threading
import time

import interpreters


def main():
    interp = interpreters.create()
    fd, path = tempfile.mkstemp()
    os.close(fd)
    os.unlink(path)
    t = threading.Thread(target=interp.exec, args=(
        f"import os, time\nwhile not os.path.exists({path!r}):\n    time.sleep(0.01)\n",))
    try:
        t.start()
        deadline = time.monotonic() + 30  # ends as soon as it runs; room for a loaded machine
        while not interp.is_running() and time.monotonic() < deadline:
            time.sleep(0.01)
        for what, action in (("prepare_main(x=1)", lambda: interp.prepare_main(x=1)),
                             ("exec('y = 1')", lambda: interp.exec("y = 1\n"))):
            with must_raise(interpreters.InterpreterError, f"{what} on an interpreter busy in another thread"):
                action()
    finally:
        open(path, "w").close()
        t.join(30)
        os.unlink(path)
    try:
        interp.exec("assert 'x' not in globals() and 'y' not in globals(), sorted(globals())\n")
    except interpreters.ExecutionFailed as e:
        raise AssertionError(f"a refused call changed the interpreter: {e}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
