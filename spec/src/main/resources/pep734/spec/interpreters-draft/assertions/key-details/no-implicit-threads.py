# ---
# clause: section:key-details
# quote: no implicit threads
# level: must
# features: threads
# description: create() starts no thread and exec() runs in the calling thread: the caller waits for it, and the main thread count stays the same
# ---
import threading
import time

import interpreters


def main():
    before = threading.active_count()
    interp = interpreters.create()
    try:
        assert threading.active_count() == before, "create() started a thread"
        start = time.monotonic()
        interp.exec("import time\ntime.sleep(0.5)\n")
        took = time.monotonic() - start
        assert took >= 0.45, f"exec() of a 0.5 s program returned after {took:.3f} s: it did not run in this thread"
        assert threading.active_count() == before, "exec() left a thread behind"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
