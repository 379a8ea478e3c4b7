# ---
# clause: section:api-summary
# quote: msg formatted errdisplay
# level: must
# features: errors
# description: excinfo.msg is str(exception), excinfo.formatted is 'Type: msg', excinfo.errdisplay shows the traceback through the failing function
# ---
import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            interp.exec("def deep_function_17():\n    raise ValueError('bad thing 17')\ndeep_function_17()\n")
        except interpreters.ExecutionFailed as e:
            info = e.excinfo
            assert info.msg == "bad thing 17", f"excinfo.msg is {info.msg!r}"
            assert info.formatted == "ValueError: bad thing 17", f"excinfo.formatted is {info.formatted!r}"
            assert isinstance(info.errdisplay, str) and "deep_function_17" in info.errdisplay and \
                "ValueError: bad thing 17" in info.errdisplay, f"excinfo.errdisplay is {info.errdisplay!r}"
        else:
            raise AssertionError("a raising exec() returned normally")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
