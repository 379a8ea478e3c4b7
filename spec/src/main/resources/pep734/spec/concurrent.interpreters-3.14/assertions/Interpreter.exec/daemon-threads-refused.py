# ---
# clause: api:Interpreter.exec
# level: should
# features: threads, isolation
# description: a subinterpreter made by create() refuses daemon threads (RuntimeError inside, ExecutionFailed outside)
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            interp.exec("import threading\nthreading.Thread(target=print, daemon=True).start()\n")
        except interpreters.ExecutionFailed as e:
            assert e.excinfo.type.__name__ == "RuntimeError", (
                f"starting a daemon thread failed with {e.excinfo.formatted}; CPython raises RuntimeError")
        else:
            raise AssertionError("a daemon thread started in a subinterpreter; CPython's default config "
                                 "(allow_daemon_threads=False) refuses it")
        interp.exec("import threading\nt = threading.Thread(target=int)\nt.start()\nt.join()\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
