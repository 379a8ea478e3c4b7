# ---
# clause: api:Interpreter.close
# quote: Destroy the interpreter.
# level: must
# features: lifecycle
# description: after close() the interpreter is not in list_all() and run() on it raises RuntimeError without running the code
# includes: raising.py
# ---
import os
import tempfile
from test.support import interpreters


def main():
    interp = interpreters.create()
    interp.run("x = 1\n")
    interp.close()
    ids = [i.id for i in interpreters.list_all()]
    assert interp.id not in ids, f"a closed interpreter is still listed: {ids}"
    fd, path = tempfile.mkstemp()
    os.close(fd)
    os.unlink(path)
    try:
        with must_raise(RuntimeError, "run() on a closed interpreter"):
            interp.run(f"open({path!r}, 'w').close()\n")
    finally:
        ran = os.path.exists(path)
        if ran:
            os.unlink(path)
    assert not ran, "run() on a closed interpreter ran the code"


if __name__ == "__main__":
    main()
