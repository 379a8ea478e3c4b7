# ---
# clause: api:Queue
# quote: A wrapper around a low-level, cross-interpreter queue, which implements the queue.Queue interface.
# level: must
# includes: queue_errors.py, queue_order_checks.py
# features: queues, threads
# timeout: 90
# description: two sub producers put 200 items each concurrently; main gets all 400, none lost or doubled, each in order
# ---


if __name__ == "__main__":
    check_queue_fifo_per_producer()
