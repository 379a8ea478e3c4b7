# ---
# clause: api:QueueFullError
# quote: This exception, a subclass of queue.Full, is raised from Queue.put and Queue.put_nowait when the queue is full.
# level: must
# includes: queue_errors.py, queue_blocking_checks.py
# features: queues
# description: put_nowait() and put(block=False) on a full queue raise the queue-full error (a queue.Full) and keep the queue as it was
# ---


if __name__ == "__main__":
    check_queue_put_nowait_full()
