# ---
# clause: section:reference
# level: should
# features: queues
# description: items come out in the order they went in: within main, and main to a sub
# ---
from concurrent import interpreters


def main():
    q = interpreters.create_queue()
    for i in range(50):
        q.put(i)
    got = [q.get(timeout=10) for _ in range(50)]
    assert got == list(range(50)), f"got {got[:10]}...; a queue is first in, first out"
    back = interpreters.create_queue()
    interp = interpreters.create()
    try:
        interp.prepare_main(q=q, back=back)
        for i in range(50):
            q.put(("item", i))
        interp.exec("back.put(tuple(q.get(timeout=10)[1] for _ in range(50)))")
        order = back.get(timeout=10)
        assert order == tuple(range(50)), f"the sub got {order[:10]}...; expected 0..49 in order"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
