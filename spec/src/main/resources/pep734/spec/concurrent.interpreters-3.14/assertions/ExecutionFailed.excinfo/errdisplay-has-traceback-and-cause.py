# ---
# clause: api:ExecutionFailed.excinfo
# quote: A basic snapshot of the exception raised in the other interpreter.
# level: should
# features: errors
# description: errdisplay is the full traceback text, chained cause included; msg and formatted name only the last exception
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            interp.exec("def inner():\n"
                        "    raise ValueError('outer') from KeyError('root cause')\n"
                        "inner()\n")
        except interpreters.ExecutionFailed as e:
            info = e.excinfo
            assert info.formatted == "ValueError: outer", info.formatted
            assert "root cause" not in info.msg, f"msg carries the cause: {info.msg!r}"
            shown = info.errdisplay
            assert "Traceback (most recent call last)" in shown, f"no traceback in errdisplay:\n{shown}"
            assert "KeyError: 'root cause'" in shown, f"the chained cause is missing from errdisplay:\n{shown}"
            assert "direct cause" in shown, f"the chaining text is missing:\n{shown}"
            assert "in inner" in shown, f"the failing function is missing from errdisplay:\n{shown}"
            assert shown.rstrip().endswith("ValueError: outer"), f"errdisplay does not end with the error:\n{shown}"
        else:
            raise AssertionError("exec() of raising code returned normally")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
