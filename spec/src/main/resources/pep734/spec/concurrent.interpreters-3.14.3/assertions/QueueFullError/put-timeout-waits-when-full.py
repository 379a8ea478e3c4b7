# ---
# clause: api:QueueFullError
# quote: This exception, a subclass of queue.Full, is raised from Queue.put and Queue.put_nowait when the queue is full.
# level: must
# includes: queue_errors.py, queue_blocking_checks.py
# features: queues, blocking
# description: put(timeout=2) on a full queue waits about two seconds, then raises the queue-full error without storing the item
# ---


if __name__ == "__main__":
    check_queue_put_timeout_waits_when_full()
