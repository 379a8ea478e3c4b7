# ---
# clause: section:interp-object-sharing
# quote: Nearly all of the immutable builtin objects are either directly shared or copied efficiently.
# quote: For example:
# quote: bool (True and False)
# quote: tuple (of similarly supported objects)
# level: must
# includes: queue_errors.py, queue_sharing_checks.py
# features: queues, shareable
# description: values sent main -> sub -> main through queues keep type, value and order (nan, -0.0, surrogates, big ints)
# ---


if __name__ == "__main__":
    check_queue_values_preserved()
