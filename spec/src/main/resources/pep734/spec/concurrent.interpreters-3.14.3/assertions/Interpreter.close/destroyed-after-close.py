# ---
# clause: api:Interpreter.close
# quote: Finalize and destroy the interpreter.
# level: must
# includes: interpreter_checks.py
# features: lifecycle
# description: after close() the interpreter is gone: not listed, and exec/call/prepare_main raise InterpreterNotFoundError
# ---


if __name__ == "__main__":
    check_destroyed_after_close()
