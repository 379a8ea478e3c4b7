# ---
# clause: section:reference
# level: should
# includes: queue_errors.py, queue_blocking_checks.py
# features: queues, blocking
# description: put(timeout=2) on a full queue waits about two seconds, then raises QueueFull without storing the item
# ---


if __name__ == "__main__":
    check_queue_put_timeout_waits_when_full()
