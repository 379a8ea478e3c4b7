# ---
# clause: api:Queue
# quote: A wrapper around a low-level, cross-interpreter queue, which implements the queue.Queue interface.
# level: must
# includes: queue_errors.py, queue_blocking_checks.py
# features: queues
# description: create_queue(maxsize=2) holds two items; a third put_nowait raises the queue-full error and is not stored
# ---


if __name__ == "__main__":
    check_queue_maxsize_full()
