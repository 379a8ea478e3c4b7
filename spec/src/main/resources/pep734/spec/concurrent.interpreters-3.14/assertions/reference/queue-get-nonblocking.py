# ---
# clause: section:reference
# level: should
# includes: queue_errors.py, queue_blocking_checks.py
# features: queues, blocking
# description: get(block=False) and get_nowait() on an empty queue raise QueueEmpty at once, even with a timeout given
# ---


if __name__ == "__main__":
    check_queue_get_nonblocking()
