# ---
# clause: api:ExecutionFailed.excinfo
# quote: A basic snapshot of the exception raised in the other interpreter.
# level: should
# features: errors
# description: excinfo.msg is str(exc) ('' without args, the tuple text with several) and formatted is 'Name: msg'
# ---
from concurrent import interpreters

CASES = [
    ("raise ValueError()", "ValueError", ""),
    ("raise KeyError('k')", "KeyError", "'k'"),
    ("raise OSError(2, 'gone')", "FileNotFoundError", "[Errno 2] gone"),
    ("raise RuntimeError('a', 'b')", "RuntimeError", "('a', 'b')"),
    ("raise ZeroDivisionError('\\u00e9t\\u00e9')", "ZeroDivisionError", "\u00e9t\u00e9"),
]


def main():
    interp = interpreters.create()
    try:
        for code, name, msg in CASES:
            try:
                interp.exec(code)
            except interpreters.ExecutionFailed as e:
                info = e.excinfo
                assert info.type.__name__ == name, f"{code}: excinfo.type.__name__ is {info.type.__name__!r}"
                assert info.msg == msg, f"{code}: excinfo.msg is {info.msg!r}, expected {msg!r}"
                assert info.formatted == f"{name}: {msg}", f"{code}: excinfo.formatted is {info.formatted!r}"
            else:
                raise AssertionError(f"{code} did not raise ExecutionFailed")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
