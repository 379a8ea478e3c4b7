# ---
# clause: api:ExecutionFailed
# quote: This exception, a subclass of InterpreterError, is raised when the running code raised an uncaught exception.
# level: should
# features: errors
# description: str(ExecutionFailed) is the formatted error, then 'Uncaught in the interpreter:' and the traceback; args is (formatted,)
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            interp.exec("def boom():\n    raise ValueError('bad thing')\nboom()\n")
        except interpreters.ExecutionFailed as e:
            text = str(e)
            assert text.startswith("ValueError: bad thing\n"), f"str(e) starts {text[:60]!r}"
            assert "Uncaught in the interpreter:" in text, f"str(e) lacks the uncaught section:\n{text}"
            assert "in boom" in text, f"str(e) lacks the traceback:\n{text}"
            assert e.args == ("ValueError: bad thing",), f"e.args is {e.args!r}"
        else:
            raise AssertionError("exec() of raising code returned normally")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
