# ---
# clause: api:Interpreter.exec
# level: should
# features: lifecycle
# description: a subinterpreter cannot exec() code in the main interpreter either: InterpreterError, nothing runs
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        interp.exec(
            "from concurrent import interpreters\n"
            "try:\n"
            "    interpreters.get_main().exec('import builtins; builtins.FROM_SUB = 1')\n"
            "except interpreters.InterpreterError as e:\n"
            "    outcome = type(e).__name__\n"
            "else:\n"
            "    outcome = 'returned'\n"
            "assert outcome == 'InterpreterError', (f'get_main().exec() from a subinterpreter ended with {outcome}; '\n"
            "    'CPython raises InterpreterError (the main interpreter is not owned by the module)')\n")
        import builtins
        assert not hasattr(builtins, "FROM_SUB"), "code from the subinterpreter ran in the main interpreter"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
