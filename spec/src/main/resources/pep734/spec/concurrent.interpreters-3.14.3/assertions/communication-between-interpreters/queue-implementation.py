# ---
# clause: section:communication-between-interpreters
# quote: With this in mind, the concurrent.interpreters module provides a queue.Queue implementation, available through create_queue.
# level: must
# includes: queue_errors.py, queue_sharing_checks.py, queue_order_checks.py
# features: queues
# description: a queue from create_queue() carries items between interpreters in both directions, first in first out
# ---


if __name__ == "__main__":
    check_queue_put_get_across_interpreters()
    check_queue_fifo_single_producer()
