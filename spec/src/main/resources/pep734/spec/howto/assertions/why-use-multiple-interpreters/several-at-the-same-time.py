# ---
# clause: section:why-use-multiple-interpreters
# quote: Python can actually run multiple interpreters at the same time, which lets you have independent, isolated execution environments in the same process.
# level: must
# features: threads, lifecycle
# description: three subinterpreters are all running at one moment (each waits inside exec() in its own thread) and each keeps its own state
# ---
import threading
from concurrent import interpreters

WAIT = """
arrived.put(tag)
release.get(timeout=60)
done.put((tag, own_value))
"""


def main():
    arrived = interpreters.create_queue()
    release = interpreters.create_queue()
    done = interpreters.create_queue()
    interps = [interpreters.create() for _ in range(3)]
    threads = []
    try:
        for n, interp in enumerate(interps):
            interp.prepare_main(arrived=arrived, release=release, done=done, tag=n, own_value=f"value-{n}")
            t = threading.Thread(target=interp.exec, args=(WAIT,))
            t.start()
            threads.append(t)
        tags = sorted(arrived.get(timeout=60) for _ in interps)
        assert tags == [0, 1, 2], f"arrived: {tags}"
        # none can leave before a release token is put, so all three are inside exec() now
        running = [interp.is_running() for interp in interps]
        assert running == [True, True, True], f"is_running() while all three wait inside exec(): {running}"
        ids = {i.id for i in interpreters.list_all()}
        assert all(interp.id in ids for interp in interps), f"list_all() {sorted(ids)} lacks a running interpreter"
        for _ in interps:
            release.put(None)
        results = sorted(done.get(timeout=60) for _ in interps)
        assert results == [(0, "value-0"), (1, "value-1"), (2, "value-2")], f"results: {results}"
        for t in threads:
            t.join(60)
    finally:
        for _ in range(3):
            release.put(None)
        for t in threads:
            t.join(60)
        for interp in interps:
            interp.close()


if __name__ == "__main__":
    main()
