# ---
# clause: api:run_string
# quote: Providing an invalid or unknown ID results in a RuntimeError, likewise if the main interpreter or any other running interpreter is used.
# level: must
# features: lowlevel, errors, threads
# description: while one thread runs code in an interpreter, run_string on it from another thread raises RuntimeError; afterwards it works again
# includes: lowlevel_main.py, raising.py
# ---
import _interpreters
import os
import tempfile
import threading
import time


def main():
    fd, path = tempfile.mkstemp()
    os.close(fd)
    os.unlink(path)
    interp = _interpreters.create()
    t = threading.Thread(target=_interpreters.run_string, args=(interp, (
        "import os, time\n"
        f"while not os.path.exists({path!r}):\n"
        "    time.sleep(0.01)\n")))
    try:
        t.start()
        deadline = time.monotonic() + 30  # ends as soon as it runs; room for a loaded machine
        while not _interpreters.is_running(interp) and time.monotonic() < deadline:
            time.sleep(0.01)
        with must_raise(RuntimeError, "run_string on an interpreter running code in another thread"):
            _interpreters.run_string(interp, "second = True\n")
    finally:
        open(path, "w").close()
        if t.ident is not None:
            t.join(30)
        os.unlink(path)
    try:
        ns = run_and_read(interp, "after = True\n")
        assert "second" not in ns, "the refused program ran anyway"
        assert ns["after"] is True
    finally:
        _interpreters.destroy(interp)


if __name__ == "__main__":
    main()
