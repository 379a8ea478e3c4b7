# ---
# clause: api:run_string
# quote: If the code results in an exception then that exception is raised in the thread in which run_string() was called, similar to how exec works.
# quote: This aligns with how interpreters are not inherently threaded.
# level: must
# features: lowlevel, errors, threads
# description: run_string called in a worker thread raises the program's exception in that worker; the main thread and the interpreter are unaffected
# includes: lowlevel_main.py
# ---
import _interpreters
import threading


def main():
    interp = _interpreters.create()
    caught = []

    def worker():
        try:
            _interpreters.run_string(interp, "raise LookupError('from-the-sub')\n")
        except LookupError as e:
            caught.append(("LookupError", str(e), threading.current_thread().name))
        except BaseException as e:
            caught.append((type(e).__name__, str(e), threading.current_thread().name))

    t = threading.Thread(target=worker, name="pep734-worker")
    try:
        t.start()
        t.join(30)
        assert caught, "the worker saw no exception from run_string"
        kind, msg, where = caught[0]
        assert (kind, where) == ("LookupError", "pep734-worker") and "from-the-sub" in msg, (
            f"the worker got {kind}: {msg} in thread {where}; expected LookupError('from-the-sub') in pep734-worker")
        ns = run_and_read(interp, "ok = 1\n")
        assert ns["ok"] == 1, "the interpreter is unusable after an exception"
    finally:
        _interpreters.destroy(interp)


if __name__ == "__main__":
    main()
