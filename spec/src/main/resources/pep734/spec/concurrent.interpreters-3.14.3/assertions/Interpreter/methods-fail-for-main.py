# ---
# clause: api:Interpreter
# quote: In addition to interpreters created by this module (via create), an Interpreter object may wrap interpreters not created by the module.
# quote: Some methods fail for such interpreters, as noted below for each such method.
# level: must
# includes: running.py, refusals.py
# features: lifecycle
# description: prepare_main, exec, call, call_in_thread and close on the main interpreter fail with InterpreterError and have no effect
# ---


if __name__ == "__main__":
    for m in REFUSABLE:
        check_refused_for_main(m)
