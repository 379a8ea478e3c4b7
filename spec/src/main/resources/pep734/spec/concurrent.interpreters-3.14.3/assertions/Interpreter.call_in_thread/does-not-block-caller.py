# ---
# clause: api:Interpreter.call_in_thread
# quote: Run the given function in the interpreter (in a new thread).
# level: must
# includes: call_in_thread_checks.py
# features: threads
# description: call_in_thread returns while the function is still running; the caller can release it afterwards
# ---


if __name__ == "__main__":
    check_call_in_thread_does_not_block_caller()
