# ---
# clause: api:Interpreter.exec
# quote: Run the given source code in the interpreter (in the current thread).
# level: should
# features: lifecycle
# description: exec() on a closed interpreter raises InterpreterNotFoundError and runs nothing
# includes: raising.py
# ---
import os
import tempfile
from concurrent import interpreters


def main():
    marker = os.path.join(tempfile.mkdtemp(), "ran")
    interp = interpreters.create()
    interp.close()
    with must_raise(interpreters.InterpreterNotFoundError, "exec() on a closed interpreter"):
        interp.exec(f"open({marker!r}, 'w').close()")
    assert not os.path.exists(marker), "the code ran although the interpreter was closed"


if __name__ == "__main__":
    main()
