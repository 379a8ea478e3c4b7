# ---
# clause: section:reference
# level: should
# includes: queue_errors.py, queue_order_checks.py
# features: queues
# description: items come out in the order they went in: within main, and main to a sub
# ---


if __name__ == "__main__":
    check_queue_fifo_single_producer()
