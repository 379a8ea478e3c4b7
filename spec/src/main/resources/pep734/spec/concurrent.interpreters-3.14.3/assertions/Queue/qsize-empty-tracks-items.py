# ---
# clause: api:Queue
# quote: A wrapper around a low-level, cross-interpreter queue, which implements the queue.Queue interface.
# level: must
# includes: queue_errors.py, queue_blocking_checks.py
# features: queues
# description: qsize(), empty() and full() follow every put and get, also for items put by a subinterpreter
# ---


if __name__ == "__main__":
    check_queue_qsize_empty_tracks_items()
