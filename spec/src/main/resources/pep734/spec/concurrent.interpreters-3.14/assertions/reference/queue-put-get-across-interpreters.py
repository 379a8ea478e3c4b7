# ---
# clause: section:reference
# level: should
# includes: queue_errors.py, queue_sharing_checks.py
# features: queues
# description: a queue passed to a sub carries items both ways; the sub sees the same queue (same id)
# ---


if __name__ == "__main__":
    check_queue_put_get_across_interpreters()
