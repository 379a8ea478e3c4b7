# ---
# clause: section:reference
# level: should
# includes: queue_errors.py, queue_order_checks.py
# features: queues, threads
# description: two subinterpreters consuming one queue concurrently get each item exactly once
# ---


if __name__ == "__main__":
    check_queue_concurrent_consumers()
