# ---
# clause: section:interp-object-sharing
# quote: There is a small number of Python types that actually share mutable data between interpreters:
# level: must
# features: queues, shareable
# description: a Queue given to another interpreter (prepare_main, call, another queue) is the same queue: same id, and items put on either side are got on the other
# ---
from concurrent import interpreters


def put_and_report(q, item):
    q.put(item)
    return q.id, q.qsize()


def main():
    q = interpreters.create_queue()
    carrier = interpreters.create_queue()
    interp = interpreters.create()
    try:
        interp.prepare_main(q=q, carrier=carrier)
        interp.exec("q.put('from prepare_main')\n")
        assert q.qsize() == 1 and q.get_nowait() == "from prepare_main", (
            "an item put on the queue bound by prepare_main() did not arrive in main's queue")
        qid, size = interp.call(put_and_report, q, "from call")
        assert qid == q.id and size == 1, f"the queue passed to call() has id {qid} and {size} item(s); main's is {q.id}"
        assert q.get_nowait() == "from call", "an item put on the queue passed to call() did not arrive in main's queue"
        carrier.put(q)
        interp.exec("_q = carrier.get(timeout=10)\n"
                    "assert _q.id == q.id, f'the queue sent through a queue has id {_q.id}, expected {q.id}'\n"
                    "_q.put('through a queue')\n")
        assert q.get_nowait() == "through a queue", "an item put on the queue sent through a queue did not arrive"
        q.put("from main")
        interp.exec("_got = q.get(timeout=10)\nassert _got == 'from main', _got\n")
        assert q.empty(), "the interpreter's get() did not take the item out of main's queue"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
