# ---
# clause: api:create
# level: should
# features: lowlevel, threads
# description: an interpreter created in a worker thread is usable from the main thread, and IDs made concurrently are unique
# includes: lowlevel_main.py
# ---
import _interpreters
import threading


def main():
    made = []
    lock = threading.Lock()

    def work():
        i = _interpreters.create()
        with lock:
            made.append(i)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    try:
        ids = [int(i) for i in made]
        assert len(ids) == 4 and len(set(ids)) == 4, f"4 threads creating interpreters got the IDs {ids}"
        for i in made:
            ns = run_and_read(i, "x = 6 * 7\n")
            assert ns["x"] == 42
    finally:
        for i in made:
            _interpreters.destroy(i)


if __name__ == "__main__":
    main()
