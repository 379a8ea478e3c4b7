# ---
# clause: api:create
# quote: Initialize a new (idle) Python interpreter and return a Interpreter object for it.
# level: must
# features: lifecycle, threads
# description: create() called from four threads at once gives distinct, working interpreters
# timeout: 120
# ---
import threading
from concurrent import interpreters

PER_THREAD = 3


def main():
    made, errors = [], []
    lock = threading.Lock()
    start = threading.Barrier(4)

    def worker():
        try:
            start.wait(60)
            for _ in range(PER_THREAD):
                interp = interpreters.create()
                with lock:
                    made.append(interp)
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert not errors, f"create() failed in a thread: {errors[0]!r}"
        ids = [i.id for i in made]
        assert len(ids) == 4 * PER_THREAD, f"expected {4 * PER_THREAD} interpreters, got {len(ids)}"
        assert len(set(ids)) == len(ids), f"concurrent create() calls handed out duplicate ids: {sorted(ids)}"
        for interp in made:
            interp.prepare_main(me=interp.id)
            interp.exec("from concurrent import interpreters as _i\nassert _i.get_current().id == me\n")
    finally:
        for interp in made:
            interp.close()


if __name__ == "__main__":
    main()
