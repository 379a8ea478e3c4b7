# ---
# clause: section:basic-usage
# quote: Creating an interpreter and running code in it:
# level: must
# includes: exec_checks.py
# features: lifecycle
# description: each way the example runs code (exec of a string, of dedented source, call, call_in_thread) runs it in the new interpreter
# ---


if __name__ == "__main__":
    check_create_then_run_code()
