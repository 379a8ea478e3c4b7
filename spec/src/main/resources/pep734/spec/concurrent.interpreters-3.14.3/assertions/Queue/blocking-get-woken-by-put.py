# ---
# clause: api:Queue
# quote: A wrapper around a low-level, cross-interpreter queue, which implements the queue.Queue interface.
# level: must
# includes: queue_errors.py, queue_blocking_checks.py
# features: queues, blocking
# description: a blocking get() waits until a sub, started in another thread, puts an item; it does not return early
# ---


if __name__ == "__main__":
    check_queue_blocking_get_woken_by_put()
