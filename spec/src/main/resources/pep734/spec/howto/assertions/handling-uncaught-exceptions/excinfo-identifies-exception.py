# ---
# clause: section:handling-uncaught-exceptions
# quote: The exception also has some information, which you can use to handle it with more specificity:
# level: must
# features: errors
# description: ExecutionFailed.excinfo gives the uncaught exception's type name and message, also for a class defined in the interpreter
# includes: raising.py
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        cases = [
            ("1/0", "ZeroDivisionError", None),
            ("raise KeyError('spam')", "KeyError", "'spam'"),
            ("raise ValueError('bad value 42')", "ValueError", "bad value 42"),
            ("class SpamError(Exception):\n    pass\nraise SpamError('eggs')", "SpamError", "eggs"),
        ]
        for code, name, msg in cases:
            with must_raise(interpreters.ExecutionFailed, f"exec({code!r})") as raised:
                interp.exec(code)
            info = raised.error.excinfo
            assert info.type.__name__ == name, f"{code!r}: excinfo.type.__name__ is {info.type.__name__!r}, expected {name!r}"
            if msg is not None:
                assert info.msg == msg, f"{code!r}: excinfo.msg is {info.msg!r}, expected {msg!r} (str of the exception)"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
