# ---
# clause: api:Queue
# quote: A wrapper around a low-level, cross-interpreter queue, which implements the queue.Queue interface.
# level: must
# includes: queue_errors.py, queue_blocking_checks.py
# features: queues, blocking
# description: put() on a full queue blocks until a sub takes an item; it does not return early and loses nothing
# ---


if __name__ == "__main__":
    check_queue_blocking_put_woken_by_get()
