# ---
# clause: api:Queue
# quote: A wrapper around a low-level, cross-interpreter queue, which implements the queue.Queue interface.
# level: must
# includes: queue_errors.py, queue_order_checks.py
# features: queues, threads
# description: two subinterpreters consuming one queue concurrently get each item exactly once
# ---


if __name__ == "__main__":
    check_queue_concurrent_consumers()
