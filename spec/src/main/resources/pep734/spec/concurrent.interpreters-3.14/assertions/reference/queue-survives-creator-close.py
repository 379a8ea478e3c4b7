# ---
# clause: section:reference
# level: should
# features: queues, lifecycle
# description: a queue created in a subinterpreter keeps working in main after that subinterpreter is closed
# ---
from concurrent import interpreters


def make_and_send(out):
    from concurrent import interpreters as inner
    out.put(inner.create_queue())


def main():
    out = interpreters.create_queue()
    interp = interpreters.create()
    interp.call(make_and_send, out)
    q = out.get(timeout=10)
    interp.close()
    q.put("after")
    assert q.get(timeout=10) == "after", "the queue does not work after its creator closed"
    other = interpreters.create()
    try:
        other.prepare_main(q=q)
        other.exec("q.put('from another sub')")
        assert q.get(timeout=10) == "from another sub", "another sub cannot use the queue after its creator closed"
    finally:
        other.close()


if __name__ == "__main__":
    main()
