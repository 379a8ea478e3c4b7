# ---
# clause: section:why-use-multiple-interpreters
# quote: As of Python 3.12, isolation has been fixed, to the point that interpreters in the same process no longer even share the GIL (global interpreter lock).
# includes: gil_hold.py
# level: must
# features: threads, parallelism
# timeout: 180
# description: the main interpreter keeps running Python code while a subinterpreter is inside a long call that holds its GIL
# ---


if __name__ == "__main__":
    check_main_runs_while_sub_holds_gil()
