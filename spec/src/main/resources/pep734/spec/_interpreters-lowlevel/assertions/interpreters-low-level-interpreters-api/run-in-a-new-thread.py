# ---
# clause: section:interpreters-low-level-interpreters-api
# quote: To run code in an interpreter in a different OS thread, call run_string in a function that you run in a new Python thread.
# quote: For example:
# level: must
# features: lowlevel, threads
# description: run_string called from a new Python thread runs the code there while the main thread goes on
# includes: lowlevel_main.py
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
    errors = []

    def f():
        try:
            _interpreters.run_string(interp, (
                "import os, time\n"
                f"while not os.path.exists({path!r}):\n"
                "    time.sleep(0.01)\n"
                "done = True\n"))
        except BaseException as e:  # reported below
            errors.append(e)

    t = threading.Thread(target=f)
    try:
        t.start()
        # The main thread is free while the other thread is inside run_string (waited for, not slept on: a
        # loaded machine may start the thread late).
        deadline = time.monotonic() + 30
        while not _interpreters.is_running(interp) and t.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert t.is_alive(), f"the thread ended before it was released (errors: {errors!r})"
        assert _interpreters.is_running(interp), "is_running() stayed False while a thread ran code in it"
        with open(path, "w"):
            pass
        t.join(30)
        assert not t.is_alive(), "run_string in the thread did not return after the file appeared"
        assert not errors, f"run_string in the thread raised {errors!r}"
        ns = read_main(interp)
        assert ns.get("done") is True, "the code run from the thread did not finish in the interpreter"
    finally:
        if not os.path.exists(path):
            open(path, "w").close()
        t.join(30)
        os.unlink(path)
        _interpreters.destroy(interp)


if __name__ == "__main__":
    main()
