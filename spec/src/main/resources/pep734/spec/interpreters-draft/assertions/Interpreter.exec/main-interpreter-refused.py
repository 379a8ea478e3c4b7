# ---
# clause: api:Interpreter.exec
# level: should
# features: errors
# description: exec() on the main interpreter raises InterpreterError (it is running this script) and runs nothing
# ---
import interpreters

ran = False


def main():
    try:
        interpreters.get_main().exec("ran = True\n")
    except interpreters.InterpreterError:
        pass
    else:
        raise AssertionError("get_main().exec() from the main interpreter did not raise InterpreterError")
    assert ran is False, "the refused code ran in main"


if __name__ == "__main__":
    main()
