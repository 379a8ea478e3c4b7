# ---
# clause: section:reference
# level: should
# includes: queue_errors.py, queue_order_checks.py
# features: queues, threads
# description: two sub producers put 200 items each concurrently; main gets all 400, none lost or doubled, each in order
# timeout: 90
# ---


if __name__ == "__main__":
    check_queue_fifo_per_producer()
