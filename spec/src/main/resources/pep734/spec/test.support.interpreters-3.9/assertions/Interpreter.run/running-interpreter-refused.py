# ---
# clause: api:Interpreter.run
# level: should
# features: errors, threads
# description: run() on the main interpreter from main, or on a sub-interpreter busy in another thread, raises RuntimeError and runs nothing
# includes: raising.py
# ---
import os
import tempfile
import threading
import time
from test.support import interpreters

ran_in_main = False


def main():
    with must_raise(RuntimeError, "get_main().run() from the main interpreter"):
        interpreters.get_main().run("ran_in_main = True\n")
    assert ran_in_main is False, "the refused code ran in main"
    interp = interpreters.create()
    fd, path = tempfile.mkstemp()
    os.close(fd)
    os.unlink(path)
    t = threading.Thread(target=interp.run, args=(
        f"import os, time\nwhile not os.path.exists({path!r}):\n    time.sleep(0.01)\n",))
    try:
        t.start()
        deadline = time.monotonic() + 30  # ends as soon as it runs; room for a loaded machine
        while not interp.is_running() and time.monotonic() < deadline:
            time.sleep(0.01)
        with must_raise(RuntimeError, "run() on an interpreter busy in another thread"):
            interp.run("second = True\n")
    finally:
        open(path, "w").close()
        t.join(30)
        os.unlink(path)
    try:
        interp.run("assert 'second' not in globals(), 'the refused code ran'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
