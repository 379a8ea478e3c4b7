# ---
# clause: api:Interpreter.call
# quote: Return the result of calling running the given function in the interpreter (in the current thread).
# level: must
# features: threads
# description: the function runs inside the target interpreter, on the caller's OS thread
# ---
import threading
from concurrent import interpreters


def where():
    import threading
    from concurrent import interpreters
    return (interpreters.get_current().id, threading.get_native_id())


def main():
    interp = interpreters.create()
    try:
        got = interp.call(where)
        expected = (interp.id, threading.get_native_id())
        assert got == expected, (
            f"call() ran the function in (interpreter, OS thread) {got}, expected {expected}; "
            "if this fails, check that call() switches to the target interpreter and does not start a thread")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
