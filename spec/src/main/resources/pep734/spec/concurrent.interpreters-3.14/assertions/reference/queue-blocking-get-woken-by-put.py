# ---
# clause: section:reference
# level: should
# includes: queue_errors.py, queue_blocking_checks.py
# features: queues, blocking, threads
# description: a blocking get() waits until a sub, started in another thread, puts an item; it does not return early
# ---


if __name__ == "__main__":
    check_queue_blocking_get_woken_by_put()
