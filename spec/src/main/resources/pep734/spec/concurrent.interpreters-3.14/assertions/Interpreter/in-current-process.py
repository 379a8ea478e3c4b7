# ---
# clause: api:Interpreter
# quote: A single interpreter in the current process.
# level: must
# description: a subinterpreter runs in the caller's process (same pid), not in a child process
# ---
import os
from concurrent import interpreters


def pid():
    import os
    return os.getpid()


def main():
    interp = interpreters.create()
    try:
        got = interp.call(pid)
        assert got == os.getpid(), (
            f"the subinterpreter reports pid {got}, the caller is pid {os.getpid()}; interpreters live in the "
            "current process (if this fails, the implementation runs interpreters in other processes)")
        interp.prepare_main(parent=os.getpid())
        interp.exec("import os\nassert os.getpid() == parent, (os.getpid(), parent)\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
