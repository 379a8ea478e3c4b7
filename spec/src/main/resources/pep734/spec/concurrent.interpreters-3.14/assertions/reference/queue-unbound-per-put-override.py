# ---
# clause: section:reference
# level: should
# features: queues, lifecycle
# description: put(..., unbounditems=...) overrides the queue's default policy for that item only
# ---
from concurrent import interpreters
from concurrent.interpreters import _queues


def put_mixed(q):
    from concurrent.interpreters import _queues as inner
    q.put("kept", unbounditems=None)
    q.put("dropped", unbounditems=inner.UNBOUND_REMOVE)


def main():
    q = interpreters.create_queue()  # default UNBOUND
    interp = interpreters.create()
    interp.call(put_mixed, q)
    interp.close()
    assert q.qsize() == 1, f"qsize() is {q.qsize()}; only the item put with UNBOUND_REMOVE should vanish"
    got = q.get(timeout=10)
    assert got is _queues.UNBOUND, f"the item under the default policy came out as {got!r}, not UNBOUND"


if __name__ == "__main__":
    main()
