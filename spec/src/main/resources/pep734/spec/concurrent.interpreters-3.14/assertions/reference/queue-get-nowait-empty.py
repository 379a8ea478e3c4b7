# ---
# clause: section:reference
# level: should
# includes: queue_errors.py, queue_blocking_checks.py
# features: queues
# description: get_nowait() and get(block=False) on an empty queue raise QueueEmpty at once
# ---


if __name__ == "__main__":
    check_queue_get_nowait_empty()
