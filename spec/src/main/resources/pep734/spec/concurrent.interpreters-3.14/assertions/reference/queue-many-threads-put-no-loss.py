# ---
# clause: section:reference
# level: should
# includes: queue_errors.py, queue_order_checks.py
# features: queues, threads
# description: four threads of main put 250 items each at once; a sub drains the queue and receives each item exactly once
# timeout: 90
# ---


if __name__ == "__main__":
    check_queue_many_threads_put_no_loss()
