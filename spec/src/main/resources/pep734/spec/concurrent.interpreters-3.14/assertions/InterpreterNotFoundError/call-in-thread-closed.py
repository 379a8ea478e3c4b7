# ---
# clause: api:InterpreterNotFoundError
# level: should
# features: errors, lifecycle, threads
# description: call_in_thread on a closed interpreter ends its thread with InterpreterNotFoundError (reported to excepthook)
# ---
import threading
from concurrent import interpreters


def main():
    seen = []
    original = threading.excepthook
    threading.excepthook = lambda args: seen.append(args.exc_type)
    try:
        interp = interpreters.create()
        interp.close()
        try:
            t = interp.call_in_thread(len, "abc")
        except interpreters.InterpreterNotFoundError:
            return  # refusing before starting the thread is also acceptable
        t.join(60)
        assert seen == [interpreters.InterpreterNotFoundError], (
            f"the thread for a closed interpreter ended with {[c.__name__ for c in seen]}; "
            "expected exactly one InterpreterNotFoundError")
    finally:
        threading.excepthook = original


if __name__ == "__main__":
    main()
