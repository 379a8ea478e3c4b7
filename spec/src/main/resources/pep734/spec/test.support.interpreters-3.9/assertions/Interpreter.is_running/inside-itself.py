# ---
# clause: api:Interpreter.is_running
# level: should
# features: lifecycle
# description: inside a sub-interpreter, get_current().is_running() is True
# ---
from test.support import interpreters


def main():
    interp = interpreters.create()
    try:
        interp.run("from test.support import interpreters\n"
                   "assert interpreters.get_current().is_running() is True, interpreters.get_current().is_running()\n")
    except interpreters.RunFailedError as e:
        raise AssertionError(f"inside a sub-interpreter get_current().is_running() is not True: {e}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
