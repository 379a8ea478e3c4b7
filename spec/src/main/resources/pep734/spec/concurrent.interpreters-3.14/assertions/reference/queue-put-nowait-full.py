# ---
# clause: section:reference
# level: should
# includes: queue_errors.py, queue_blocking_checks.py
# features: queues
# description: put_nowait() on a full queue raises QueueFull (a queue.Full) and keeps the queue as it was
# ---


if __name__ == "__main__":
    check_queue_put_nowait_full()
