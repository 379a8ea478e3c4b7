# ---
# clause: section:reference
# level: should
# includes: queue_errors.py, queue_sharing_checks.py
# features: queues, shareable
# description: values sent main -> sub -> main through queues keep type, value and order (nan, -0.0, surrogates, big ints, lists)
# ---


if __name__ == "__main__":
    check_queue_values_preserved()
