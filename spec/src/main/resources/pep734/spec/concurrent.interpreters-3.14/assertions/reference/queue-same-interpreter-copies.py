# ---
# clause: section:reference
# level: should
# includes: queue_errors.py, queue_sharing_checks.py
# features: queues, shareable
# description: getting in the putting interpreter returns an equal copy, never the very object put (no sharing of mutable objects)
# ---


if __name__ == "__main__":
    check_queue_same_interpreter_copies()
