# ---
# clause: api:Interpreter.call
# level: must
# features: call, errors
# description: a function that raises makes call() raise ExecutionFailed naming the exception; the interpreter stays usable
# includes: raising.py
# ---
import interpreters


def boom():
    raise ValueError("bad call 23")


def main():
    interp = interpreters.create()
    try:
        with must_raise(interpreters.ExecutionFailed, "call() of a raising function") as raised:
            interp.call(boom)
        e = raised.error
        assert e.excinfo.type.__name__ == "ValueError" and "bad call 23" in e.excinfo.msg, (
            f"ExecutionFailed carries {e.excinfo.type.__name__}: {e.excinfo.msg}")
        interp.exec("ok = 1\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
