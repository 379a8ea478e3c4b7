# ---
# clause: section:interp-shareable-objects
# quote: the underlying data of the corresponding object in each intepreter is effectively always identical.
# level: must
# features: shareable, queues
# description: a Queue bound in two subinterpreters is the same queue everywhere: same id, items put in one are got in another, sizes agree
# ---
import interpreters


def main():
    q = interpreters.create_queue()
    a = interpreters.create()
    b = interpreters.create()
    try:
        a.prepare_main(q=q)
        b.prepare_main(q=q)
        a.exec(f"assert q.id == {q.id}, q.id\nq.put('from a')\nq.put('second')\n")
        assert q.qsize() == 2, f"main sees {q.qsize()} items; a put 2"
        b.exec("assert q.qsize() == 2, q.qsize()\nassert q.get(timeout=5) == 'from a'\n")
        assert q.qsize() == 1 and q.get(timeout=5) == "second", "main and the subinterpreters see different queues"
    except interpreters.ExecutionFailed as e:
        raise AssertionError(f"the queue differs between interpreters: {e}")
    finally:
        a.close()
        b.close()


if __name__ == "__main__":
    main()
