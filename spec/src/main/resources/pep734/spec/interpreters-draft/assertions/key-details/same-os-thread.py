# ---
# clause: section:key-details
# quote: no implicit threads
# level: should
# features: threads
# description: code run by exec() and call() reports the caller's OS thread (threading.get_native_id)
# includes: queues_imported.py
# ---
import threading

import interpreters


def main():
    interp = interpreters.create()
    q = interpreters.create_queue()
    try:
        import_queues_in(interp)
        interp.prepare_main(q=q)
        interp.exec("import threading\nq.put(threading.get_native_id())\n")
        got = q.get(timeout=10)
        assert got == threading.get_native_id(), (
            f"exec() ran in OS thread {got}; the caller is {threading.get_native_id()}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
