# ---
# clause: api:QueueEmptyError
# quote: This exception, a subclass of queue.Empty, is raised from Queue.get and Queue.get_nowait when the queue is empty.
# level: must
# includes: queue_errors.py, queue_blocking_checks.py
# features: queues, blocking
# description: get(timeout=2) on an empty queue waits about two seconds, then raises the queue-empty error
# ---


if __name__ == "__main__":
    check_queue_get_timeout_waits()
