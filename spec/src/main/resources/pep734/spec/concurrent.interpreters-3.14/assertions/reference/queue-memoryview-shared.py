# ---
# clause: section:reference
# level: should
# includes: queue_errors.py, queue_sharing_checks.py
# features: queues, shareable
# description: a memoryview put on a queue arrives as a view of the same memory: writes on either side are seen by the other
# ---


if __name__ == "__main__":
    check_queue_memoryview_shared()
