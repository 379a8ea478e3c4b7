# ---
# clause: api:create_queue
# level: should
# features: queues, shareable
# description: with the default syncobj=False a list goes through as an equal copy; create_queue(syncobj=True) refuses it with NotShareableError
# ---
import interpreters


def main():
    plain = interpreters.create_queue()
    plain.put([1, {"a": 2}])
    got = plain.get(timeout=5)
    assert got == [1, {"a": 2}], f"a list through a default queue came back as {got!r}"
    strict = interpreters.create_queue(syncobj=True)
    try:
        strict.put([1, 2])
    except interpreters.NotShareableError:
        pass
    else:
        raise AssertionError("create_queue(syncobj=True).put([1, 2]) was accepted; the list is not shareable")
    strict.put((1, "ok"))
    assert strict.get(timeout=5) == (1, "ok")


if __name__ == "__main__":
    main()
