# ---
# clause: api:Queue
# quote: A wrapper around a low-level, cross-interpreter queue, which implements the queue.Queue interface.
# level: must
# includes: queue_errors.py, queue_order_checks.py
# features: queues, threads
# timeout: 90
# description: four threads of main put 250 items each at once; a sub drains the queue and receives each item exactly once
# ---


if __name__ == "__main__":
    check_queue_many_threads_put_no_loss()
