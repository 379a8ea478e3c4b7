# ---
# clause: api:Queue
# quote: The underlying queue can only be created through create_queue.
# level: must
# features: queues
# description: Queue(id) of an id that create_queue() never handed out raises and creates nothing; Queue(id) of a live queue wraps that same queue
# ---
from concurrent import interpreters


def main():
    q = interpreters.create_queue()
    unknown = q.id + 100000
    for attempt in range(2):
        try:
            made = interpreters.Queue(unknown)
        except AssertionError:
            raise
        except Exception:
            pass
        else:
            raise AssertionError(f"Queue({unknown}) returned {made!r} (attempt {attempt + 1}): calling Queue made a "
                                 "queue; the underlying queue can only be created through create_queue()")
    again = interpreters.Queue(q.id)
    again.put("through Queue(id)")
    assert q.qsize() == 1 and q.get_nowait() == "through Queue(id)", (
        f"Queue({q.id}) does not wrap the queue create_queue() made")


if __name__ == "__main__":
    main()
