# ---
# clause: section:interp-shareable-objects
# quote: By default, the following types are shareable:
# quote: bool (True and False)
# quote: tuple (of shareable objects)
# quote: interpreters.queues.Queue
# level: must
# features: shareable, queues, channels
# description: None, bool, bytes, str, int, float, tuple of shareables, memoryview, a Queue and both channel ends are shareable and accepted by prepare_main
# ---
import interpreters
import interpreters.queues


def main():
    q = interpreters.create_queue()
    assert isinstance(q, interpreters.queues.Queue)
    r, s = interpreters.create_channel()
    objs = {"none": None, "t": True, "f": False, "b": b"x", "s": "x", "i": 10, "x": 1.0,
            "tup": (1, ("two", None)), "mv": memoryview(b"x"), "q": q, "r": r, "sc": s}
    not_shareable = [k for k, v in objs.items() if interpreters.is_shareable(v) is not True]
    assert not not_shareable, f"documented shareable objects are not: {not_shareable}"
    assert interpreters.is_shareable((1, [2])) is False, "a tuple holding a list is called shareable"
    interp = interpreters.create()
    try:
        interp.prepare_main(**objs)
        interp.exec("q.put(i)\nsc.send_nowait(s)\n")
        assert q.get(timeout=5) == 10 and r.recv_nowait(None) == "x", "the queue or channel bound in the sub is not main's"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
