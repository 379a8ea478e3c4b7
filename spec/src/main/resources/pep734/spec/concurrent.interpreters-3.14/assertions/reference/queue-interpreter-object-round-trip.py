# ---
# clause: section:reference
# level: should
# features: queues, shareable
# description: an Interpreter object put on a queue comes back as the same object in the same interpreter
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        q = interpreters.create_queue()
        q.put(interp)
        got = q.get(timeout=10)
        assert got is interp, f"got {got!r}, not the same Interpreter object"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
