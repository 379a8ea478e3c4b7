# ---
# clause: section:reference
# level: should
# features: queues
# description: create_queue() with a non-int maxsize ('3', 1.5, None) raises TypeError
# ---
from concurrent import interpreters


def main():
    for bad in ("3", 1.5, None):
        try:
            q = interpreters.create_queue(bad)
        except TypeError:
            pass
        else:
            raise AssertionError(f"create_queue({bad!r}) made {q!r} with maxsize {q.maxsize!r}; expected TypeError")


if __name__ == "__main__":
    main()
