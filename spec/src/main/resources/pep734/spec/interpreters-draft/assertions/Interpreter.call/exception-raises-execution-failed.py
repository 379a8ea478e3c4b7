# ---
# clause: api:Interpreter.call
# level: must
# features: call, errors
# description: a function that raises makes call() raise ExecutionFailed naming the exception; the interpreter stays usable
# ---
import interpreters


def boom():
    raise ValueError("bad call 23")


def main():
    interp = interpreters.create()
    try:
        try:
            interp.call(boom)
        except interpreters.ExecutionFailed as e:
            assert e.excinfo.type.__name__ == "ValueError" and "bad call 23" in e.excinfo.msg, (
                f"ExecutionFailed carries {e.excinfo.type.__name__}: {e.excinfo.msg}")
        else:
            raise AssertionError("call() of a raising function returned normally")
        interp.exec("ok = 1\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
