# ---
# clause: api:Interpreter.exec
# quote: Run the given source code in the interpreter (in the current thread).
# level: should
# features: lifecycle
# description: exec() on a closed interpreter raises InterpreterNotFoundError and runs nothing
# ---
import os
import tempfile
from concurrent import interpreters


def main():
    marker = os.path.join(tempfile.mkdtemp(), "ran")
    interp = interpreters.create()
    interp.close()
    try:
        interp.exec(f"open({marker!r}, 'w').close()")
    except interpreters.InterpreterNotFoundError:
        pass
    except Exception as e:
        raise AssertionError(f"exec() on a closed interpreter raised {type(e).__name__}: {e}; "
                             "expected InterpreterNotFoundError") from e
    else:
        raise AssertionError("exec() on a closed interpreter returned normally")
    assert not os.path.exists(marker), "the code ran although the interpreter was closed"


if __name__ == "__main__":
    main()
