# ---
# clause: section:reference
# level: should
# includes: queue_errors.py, queue_blocking_checks.py
# features: queues
# description: create_queue(0) and create_queue(-1) are unbounded: never full(), put_nowait() always succeeds; maxsize is kept
# ---


if __name__ == "__main__":
    check_queue_maxsize_zero_or_negative_unbounded()
