# ---
# clause: section:reference
# level: should
# includes: queue_errors.py, queue_blocking_checks.py
# features: queues
# description: qsize(), empty() and full() follow every put and get, also for items put by a subinterpreter
# ---


if __name__ == "__main__":
    check_queue_qsize_empty_tracks_items()
