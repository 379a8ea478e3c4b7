# ---
# clause: api:Interpreter.is_running
# quote: Return True if the identified interpreter is running.
# level: must
# features: lifecycle, threads
# description: is_running() is False when idle, True while run() executes in another thread, False after; the main interpreter is running
# ---
import os
import tempfile
import threading
import time
from test.support import interpreters


def main():
    assert interpreters.get_main().is_running() is True, "get_main().is_running() is not True in the main interpreter"
    interp = interpreters.create()
    fd, path = tempfile.mkstemp()
    os.close(fd)
    os.unlink(path)
    t = threading.Thread(target=interp.run, args=(
        f"import os, time\nwhile not os.path.exists({path!r}):\n    time.sleep(0.01)\n",))
    try:
        assert interp.is_running() is False, f"a new idle interpreter's is_running() is {interp.is_running()!r}"
        t.start()
        deadline = time.monotonic() + 30  # ends as soon as it runs; room for a loaded machine
        while not interp.is_running() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert interp.is_running() is True, "is_running() never became True while run() executed"
        time.sleep(0.2)
        assert interp.is_running() is True, "is_running() went False while run() was still executing"
    finally:
        open(path, "w").close()
        if t.ident is not None:
            t.join(30)
        os.unlink(path)
    try:
        assert interp.is_running() is False, "is_running() is still True after run() returned"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
