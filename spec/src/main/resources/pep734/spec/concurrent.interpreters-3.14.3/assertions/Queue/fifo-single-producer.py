# ---
# clause: api:Queue
# quote: A wrapper around a low-level, cross-interpreter queue, which implements the queue.Queue interface.
# level: must
# includes: queue_errors.py, queue_order_checks.py
# features: queues, threads
# description: items come out in the order they went in: within main, and main to a sub
# ---


if __name__ == "__main__":
    check_queue_fifo_single_producer()
