# ---
# clause: api:Interpreter.close
# level: should
# features: lifecycle, errors
# description: an interpreter cannot close itself, and one running in another thread cannot be closed: InterpreterError, and both survive
# includes: raising.py
# ---
import os
import tempfile
import threading
import time

import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            interp.exec("import interpreters\n"
                        "try:\n"
                        "    interpreters.get_current().close()\n"
                        "except interpreters.InterpreterError:\n"
                        "    pass\n"
                        "else:\n"
                        "    raise AssertionError('get_current().close() returned')\n")
        except interpreters.ExecutionFailed as e:
            raise AssertionError(f"a subinterpreter closing itself did not get InterpreterError: {e}")
        fd, path = tempfile.mkstemp()
        os.close(fd)
        os.unlink(path)
        t = threading.Thread(target=interp.exec, args=(
            f"import os, time\nwhile not os.path.exists({path!r}):\n    time.sleep(0.01)\n",))
        t.start()
        try:
            deadline = time.monotonic() + 30  # ends as soon as it runs; room for a loaded machine
            while not interp.is_running() and time.monotonic() < deadline:
                time.sleep(0.01)
            with must_raise(interpreters.InterpreterError, "close() of an interpreter running in another thread"):
                interp.close()
        finally:
            open(path, "w").close()
            t.join(30)
            os.unlink(path)
        interp.exec("still = 1\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
