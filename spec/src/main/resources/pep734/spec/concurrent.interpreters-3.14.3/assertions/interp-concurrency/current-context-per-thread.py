# ---
# clause: section:interp-concurrency
# quote: Each actual thread in Python, even if you're only running in the main thread, has its own current execution context.
# level: must
# features: threads
# description: while one thread runs code in a subinterpreter, the main thread and other threads are still in the main interpreter
# ---
import threading
from concurrent import interpreters

WORKER = """
from concurrent import interpreters as _i
out.put(_i.get_current().id)
release.get(timeout=60)
out.put(_i.get_current().id)
"""


def main():
    main_id = interpreters.get_main().id
    interp = interpreters.create()
    out, release = interpreters.create_queue(), interpreters.create_queue()
    after, errors = [], []
    try:
        interp.prepare_main(out=out, release=release)

        def worker():
            try:
                interp.exec(WORKER)
                after.append(interpreters.get_current().id)
            except BaseException as e:  # reported by the main thread
                errors.append(e)

        t = threading.Thread(target=worker)
        t.start()
        try:
            inside = out.get(timeout=60)
            assert inside == interp.id, f"the worker thread, inside exec(), is in interpreter {inside}, not {interp.id}"
            here = interpreters.get_current().id
            assert here == main_id, (f"while a worker thread runs in interpreter {interp.id}, the main thread's current "
                                     f"interpreter is {here}; each thread has its own current interpreter")
            seen = []
            other = threading.Thread(target=lambda: seen.append(interpreters.get_current().id))
            other.start()
            other.join(30)
            assert seen == [main_id], f"a third thread started by main sees current interpreter {seen}"
        finally:
            release.put(None)
            t.join(60)
        assert not errors, f"the worker's exec() failed: {errors[0]!r}"
        assert out.get(timeout=10) == interp.id, "the worker left the subinterpreter before its exec() ended"
        assert after == [main_id], f"after exec() returned, the worker thread is in interpreter {after}, not main"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
