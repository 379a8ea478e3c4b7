# ---
# clause: section:using-queues
# quote: interpreters.queues.Queue is an implementation of the queue.Queue interface that supports safely and efficiently passing data between interpreters.
# level: must
# features: queues
# description: like queue.Queue, the queue is first in, first out: items come out in put order, within one interpreter and from main to another
# ---
# queue.Queue is documented as a FIFO queue ("the first tasks added are the first retrieved"); a queue that
# implements its interface must keep that order.
from concurrent import interpreters


def main():
    q = interpreters.create_queue()
    for i in range(20):
        q.put(i)
    got = [q.get(timeout=10) for _ in range(20)]
    assert got == list(range(20)), f"one interpreter got {got}; expected 0..19 in put order (FIFO)"
    out = interpreters.create_queue()
    interp = interpreters.create()
    try:
        interp.prepare_main(q=q, out=out)
        for word in ("first", "second", "third"):
            q.put(word)
        interp.exec("out.put(tuple(q.get(timeout=10) for _ in range(3)))")
        order = out.get(timeout=10)
        assert order == ("first", "second", "third"), f"another interpreter got {order}; expected put order"
        interp.exec("for i in range(5):\n    out.put(i)\n")
        back = [out.get(timeout=10) for _ in range(5)]
        assert back == [0, 1, 2, 3, 4], f"items put by another interpreter came out as {back}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
