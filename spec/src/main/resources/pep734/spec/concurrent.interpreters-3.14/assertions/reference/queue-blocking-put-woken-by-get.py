# ---
# clause: section:reference
# level: should
# includes: queue_errors.py, queue_blocking_checks.py
# features: queues, blocking, threads
# description: put() on a full queue blocks until a sub takes an item; it does not return early and loses nothing
# ---


if __name__ == "__main__":
    check_queue_blocking_put_woken_by_get()
