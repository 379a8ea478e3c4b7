# ---
# clause: api:Interpreter.call_in_thread
# quote: Run the given function in the interpreter (in a new thread).
# level: should
# features: threads
# description: positional and keyword arguments reach the function; the returned thread is not a daemon
# ---
from concurrent import interpreters


def record(q, a, b=0, *rest, key=None):
    q.put((a, b, rest, key))


def main():
    interp = interpreters.create()
    try:
        q = interpreters.create_queue()
        t = interp.call_in_thread(record, q, "x", -0.5, 7, key=b"k")
        assert t.daemon is False, "call_in_thread should return a non-daemon thread (the caller can rely on join)"
        t.join(60)
        got = q.get(timeout=10)
        assert got == ("x", -0.5, (7,), b"k"), f"the function received {got!r}, expected ('x', -0.5, (7,), b'k')"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
