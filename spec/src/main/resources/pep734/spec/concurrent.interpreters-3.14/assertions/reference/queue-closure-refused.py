# ---
# clause: section:reference
# level: should
# features: queues, shareable
# description: putting a closure on a queue raises NotShareableError and queues nothing
# ---
from concurrent import interpreters


def make():
    captured = [1]

    def inner():
        return captured
    return inner


def main():
    q = interpreters.create_queue()
    try:
        q.put(make())
    except interpreters.NotShareableError:
        pass
    else:
        raise AssertionError("a closure was put on a queue; it can be neither shared nor pickled")
    assert q.empty(), "the refused put queued an item"


if __name__ == "__main__":
    main()
