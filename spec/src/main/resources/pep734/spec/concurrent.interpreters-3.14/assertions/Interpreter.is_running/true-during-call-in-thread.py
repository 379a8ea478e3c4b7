# ---
# clause: api:Interpreter.is_running
# quote: Return True if the interpreter is currently executing code in its __main__ module and False otherwise.
# level: must
# features: lifecycle, threads
# description: while a function started with call_in_thread runs, is_running() is True; after join() it is False
# ---
from concurrent import interpreters


def wait(ready, release):
    ready.put(1)
    release.get(timeout=60)


def main():
    interp = interpreters.create()
    ready, release = interpreters.create_queue(), interpreters.create_queue()
    try:
        t = interp.call_in_thread(wait, ready, release)
        try:
            ready.get(timeout=60)
            got = interp.is_running()
            assert got is True, f"a call_in_thread function is running in the interpreter, but is_running() is {got!r}"
        finally:
            release.put(None)
            t.join(60)
        got = interp.is_running()
        assert got is False, f"the thread has ended, but is_running() is {got!r}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
