# ---
# clause: api:Interpreter.close
# quote: Finalize and destroy the interpreter.
# level: must
# features: lifecycle
# description: after close() the interpreter is gone from list_all(), its atexit handlers ran, and exec() on it raises InterpreterNotFoundError
# includes: raising.py
# ---
import os
import tempfile

import interpreters


def main():
    fd, path = tempfile.mkstemp()
    os.close(fd)
    interp = interpreters.create()
    try:
        interp.exec("import atexit\n"
                    "def bye():\n"
                    f"    with open({path!r}, 'w') as f:\n"
                    "        f.write('finalized')\n"
                    "atexit.register(bye)\n")
        interp.close()
        with open(path) as f:
            got = f.read()
        assert got == "finalized", f"after close() the file holds {got!r}: the interpreter was not finalized"
        assert interp.id not in [i.id for i in interpreters.list_all()], "a closed interpreter is still listed"
        with must_raise(interpreters.InterpreterNotFoundError, "exec() on a closed interpreter"):
            interp.exec("x = 1\n")
    finally:
        os.unlink(path)


if __name__ == "__main__":
    main()
