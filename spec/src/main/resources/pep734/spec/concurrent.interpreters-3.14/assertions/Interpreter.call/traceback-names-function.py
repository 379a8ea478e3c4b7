# ---
# clause: api:Interpreter.call
# level: should
# features: errors
# description: when the called function raises, ExecutionFailed's errdisplay shows a traceback through that function
# ---
from concurrent import interpreters


def failing_helper():
    raise LookupError("missing thing")


def main():
    interp = interpreters.create()
    try:
        try:
            interp.call(failing_helper)
        except interpreters.ExecutionFailed as e:
            info = e.excinfo
            assert info.type.__name__ == "LookupError", info.type
            assert info.msg == "missing thing", info.msg
            assert "failing_helper" in info.errdisplay, f"errdisplay does not name the function:\n{info.errdisplay}"
            assert "Traceback" in info.errdisplay, f"errdisplay holds no traceback:\n{info.errdisplay}"
        else:
            raise AssertionError("call() of a raising function returned normally")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
