# ---
# clause: section:reference
# level: should
# includes: queue_errors.py, queue_sharing_checks.py
# features: queues
# description: Queue(id) returns the same object; a queue sent through a queue or to a sub is the same queue (same id)
# ---


if __name__ == "__main__":
    check_queue_one_object_per_id()
