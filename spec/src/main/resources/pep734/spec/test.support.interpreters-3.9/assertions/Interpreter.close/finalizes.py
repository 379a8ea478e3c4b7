# ---
# clause: api:Interpreter.close
# level: should
# features: lifecycle
# description: close() finalizes the interpreter: an atexit handler registered in it has run when close() returns
# ---
import os
import tempfile
from test.support import interpreters


def main():
    fd, path = tempfile.mkstemp()
    os.close(fd)
    interp = interpreters.create()
    try:
        interp.run("import atexit\n"
                   "def bye():\n"
                   f"    with open({path!r}, 'w') as f:\n"
                   "        f.write('finalized')\n"
                   "atexit.register(bye)\n")
        interp.close()
        with open(path) as f:
            got = f.read()
        assert got == "finalized", f"after close() the file holds {got!r}; the atexit handler did not run"
    finally:
        os.unlink(path)


if __name__ == "__main__":
    main()
