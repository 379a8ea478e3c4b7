# ---
# clause: section:interp-concurrency
# quote: As a significant bonus, interpreters are sufficiently isolated that they do not share the GIL, which means combining threads with multiple interpreters enables full multi-core parallelism.
# level: must
# includes: gil_hold.py
# features: threads, parallelism
# timeout: 180
# description: the main interpreter keeps running Python code while a subinterpreter is inside a long call that holds its GIL
# ---


if __name__ == "__main__":
    check_main_runs_while_sub_holds_gil()
