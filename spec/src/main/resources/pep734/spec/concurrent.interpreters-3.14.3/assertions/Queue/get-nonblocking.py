# ---
# clause: api:Queue
# quote: A wrapper around a low-level, cross-interpreter queue, which implements the queue.Queue interface.
# level: must
# includes: queue_errors.py, queue_blocking_checks.py
# features: queues, blocking
# description: get(block=False) and get_nowait() on an empty queue raise the queue-empty error at once, even with a timeout given
# ---


if __name__ == "__main__":
    check_queue_get_nonblocking()
