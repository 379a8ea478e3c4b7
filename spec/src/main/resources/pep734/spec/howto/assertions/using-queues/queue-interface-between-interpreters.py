# ---
# clause: section:using-queues
# quote: interpreters.queues.Queue is an implementation of the queue.Queue interface that supports safely and efficiently passing data between interpreters.
# level: must
# features: queues
# description: the queue.Queue methods (put/get, *_nowait, empty, full, qsize, timeouts raising queue.Empty/queue.Full) work across interpreters
# ---
# As shipped in CPython 3.14.3 the queue has put, get, put_nowait, get_nowait, empty, full, qsize and maxsize,
# and raises subclasses of queue.Empty / queue.Full; it has no task_done()/join(), which are not checked.
import queue
from concurrent import interpreters


def main():
    q = interpreters.create_queue(maxsize=2)
    back = interpreters.create_queue()
    interp = interpreters.create()
    try:
        assert q.maxsize == 2 and q.empty() and not q.full() and q.qsize() == 0, "a new queue is not empty"
        try:
            q.get_nowait()
        except queue.Empty:
            pass
        else:
            raise AssertionError("get_nowait() on an empty queue did not raise (a subclass of) queue.Empty")
        q.put("first")
        q.put_nowait(("second", 2))
        assert q.full() and q.qsize() == 2, f"after two puts into maxsize=2: full={q.full()}, qsize={q.qsize()}"
        try:
            q.put("third", timeout=1)
        except queue.Full:
            pass
        else:
            raise AssertionError("put() into a full queue did not raise (a subclass of) queue.Full after its timeout")
        interp.prepare_main(q=q, back=back)
        interp.exec("import queue\n"
                    "a = q.get()\n"
                    "b = q.get_nowait()\n"
                    "try:\n"
                    "    q.get(timeout=1)\n"
                    "    timed_out = False\n"
                    "except queue.Empty:\n"
                    "    timed_out = True\n"
                    "back.put((a, b, q.empty(), q.qsize(), timed_out))\n")
        got = back.get(timeout=10)
        assert got == ("first", ("second", 2), True, 0, True), (
            f"in the interpreter (items in order, empty, qsize, get timed out with queue.Empty): {got!r}")
        assert q.empty() and q.qsize() == 0, "the main interpreter does not see the gets made in the other one"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
