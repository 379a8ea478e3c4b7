# ---
# clause: api:Interpreter.exec
# level: must
# description: by default exec() dedents indented source (as the Basic Usage example needs); with dedent=False the same source fails to compile
# ---
import interpreters

SOURCE = """
        x = 1
        if x:
            y = x + 1
        """


def main():
    interp = interpreters.create()
    try:
        interp.exec(SOURCE)
        interp.exec("assert y == 2, y\n")
        try:
            interp.exec(SOURCE.replace("x = 1", "x = 5"), dedent=False)
        except IndentationError:
            pass
        except interpreters.ExecutionFailed as e:
            assert e.excinfo.type.__name__ == "IndentationError", f"dedent=False failed with {e.excinfo.type.__name__}"
        else:
            raise AssertionError("exec(indented source, dedent=False) ran; the source should not compile")
        interp.exec("assert x == 1, x\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
