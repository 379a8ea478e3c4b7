# ---
# clause: api:Interpreter.call
# quote: This method fails for unsupported modules.
# level: must
# includes: running.py, refusals.py
# features: lifecycle
# description: call() on the main interpreter (not created by the module) fails with InterpreterError and has no effect
# ---


if __name__ == "__main__":
    check_refused_for_main("call")
