# ---
# clause: api:Interpreter.call_in_thread
# quote: Run the given function in the interpreter (in a new thread).
# level: must
# features: threads
# description: call_in_thread returns while the function is still running; the caller can release it afterwards
# ---
from concurrent import interpreters


def wait_for_release(started, release, done):
    started.put("started")
    token = release.get(timeout=20)
    done.put(("released with", token))


def main():
    interp = interpreters.create()
    try:
        started, release, done = (interpreters.create_queue() for _ in range(3))
        t = interp.call_in_thread(wait_for_release, started, release, done)
        # if call_in_thread ran the function in the calling thread it would block for 60 s and fail above
        assert started.get(timeout=60) == "started", "the function did not start"
        assert t.is_alive(), "the thread ended although the function is still waiting for the release token"
        assert done.empty(), "the function finished before it was released"
        release.put("token-1")
        t.join(60)
        got = done.get(timeout=10)
        assert got == ("released with", "token-1"), f"the function reported {got!r}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
