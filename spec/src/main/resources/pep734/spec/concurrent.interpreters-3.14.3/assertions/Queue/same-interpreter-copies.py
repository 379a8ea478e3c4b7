# ---
# clause: api:Queue
# quote: Some objects are actually shared and some are copied efficiently, but most are copied via pickle.
# level: must
# includes: queue_errors.py, queue_sharing_checks.py
# features: queues, shareable
# description: getting in the putting interpreter returns an equal copy, never the very object put
# ---


if __name__ == "__main__":
    check_queue_same_interpreter_copies()
