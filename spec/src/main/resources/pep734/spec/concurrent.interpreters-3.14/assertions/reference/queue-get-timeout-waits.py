# ---
# clause: section:reference
# level: should
# includes: queue_errors.py, queue_blocking_checks.py
# features: queues, blocking
# description: get(timeout=2) on an empty queue waits about two seconds, then raises QueueEmpty
# ---


if __name__ == "__main__":
    check_queue_get_timeout_waits()
