# ---
# clause: api:ExecutionFailed
# level: should
# features: errors
# description: str(ExecutionFailed) starts with 'Type: message' and carries the sub's traceback; args[0] is that first line
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            interp.exec("def boom():\n    raise ValueError('bad thing')\nboom()\n")
        except interpreters.ExecutionFailed as e:
            text = str(e)
            assert e.args == ("ValueError: bad thing",), f"args is {e.args!r}, expected ('ValueError: bad thing',)"
            assert text.startswith("ValueError: bad thing"), f"str(e) starts with {text[:60]!r}"
            assert "Uncaught in the interpreter" in text and "in boom" in text, (
                f"str(e) should include the sub's traceback (function 'boom'), got:\n{text}")
        else:
            raise AssertionError("exec() of raising code returned normally")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
