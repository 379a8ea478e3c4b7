# ---
# clause: api:QueueEmptyError
# quote: This exception, a subclass of queue.Empty, is raised from Queue.get and Queue.get_nowait when the queue is empty.
# level: must
# includes: queue_errors.py, queue_blocking_checks.py
# features: queues
# description: get_nowait() and get(block=False) on an empty queue raise the queue-empty error (a queue.Empty) at once
# ---


if __name__ == "__main__":
    check_queue_get_nowait_empty()
