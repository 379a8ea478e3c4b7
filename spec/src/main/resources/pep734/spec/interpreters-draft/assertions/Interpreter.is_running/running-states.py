# ---
# clause: api:Interpreter.is_running
# quote: Is the interpreter currently executing code?
# level: must
# features: lifecycle, threads
# description: False when idle, True while exec() runs in another thread, False after; main is running; a sub sees itself running
# ---
import os
import tempfile
import threading
import time

import interpreters


def main():
    assert interpreters.get_main().is_running() is True, "the main interpreter is not running"
    interp = interpreters.create()
    fd, path = tempfile.mkstemp()
    os.close(fd)
    os.unlink(path)
    t = threading.Thread(target=interp.exec, args=(
        f"import os, time\nwhile not os.path.exists({path!r}):\n    time.sleep(0.01)\n",))
    try:
        assert interp.is_running() is False, "a new idle interpreter is running"
        t.start()
        deadline = time.monotonic() + 30  # ends as soon as it runs; room for a loaded machine
        while not interp.is_running() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert interp.is_running() is True, "is_running() never became True while exec() ran"
    finally:
        open(path, "w").close()
        if t.ident is not None:
            t.join(30)
        os.unlink(path)
    try:
        assert interp.is_running() is False, "is_running() is still True after exec() returned"
        try:
            interp.exec("import interpreters\nassert interpreters.get_current().is_running() is True\n")
        except interpreters.ExecutionFailed as e:
            raise AssertionError(f"inside a subinterpreter get_current().is_running() is not True: {e}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
