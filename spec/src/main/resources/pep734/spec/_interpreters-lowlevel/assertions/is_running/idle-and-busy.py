# ---
# clause: api:is_running
# quote: Return whether or not the identified interpreter is currently running any code.
# level: must
# features: lowlevel, lifecycle, threads
# description: is_running() is False for an idle interpreter, True while another thread runs code in it, False again after
# ---
import _interpreters
import os
import tempfile
import threading
import time


def main():
    interp = _interpreters.create()
    fd, path = tempfile.mkstemp()
    os.close(fd)
    os.unlink(path)
    t = threading.Thread(target=_interpreters.run_string, args=(interp, (
        "import os, time\n"
        f"while not os.path.exists({path!r}):\n"
        "    time.sleep(0.01)\n")))
    try:
        got = _interpreters.is_running(interp)
        assert got is False, f"is_running() of a new idle interpreter is {got!r}; expected False"
        t.start()
        deadline = time.monotonic() + 30  # ends as soon as it runs; room for a loaded machine
        while not _interpreters.is_running(interp) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert _interpreters.is_running(interp) is True, "is_running() never became True while code ran in it"
        time.sleep(0.2)
        assert _interpreters.is_running(interp) is True, "is_running() went False while the code still waited"
    finally:
        open(path, "w").close()
        if t.ident is not None:
            t.join(30)
        os.unlink(path)
    try:
        got = _interpreters.is_running(interp)
        assert got is False, f"is_running() after the code finished is {got!r}; expected False"
    finally:
        _interpreters.destroy(interp)


if __name__ == "__main__":
    main()
