# ---
# clause: api:NotShareableError
# quote: This exception, a subclass of TypeError, is raised when an object cannot be sent to another interpreter.
# level: must
# features: shareable, errors
# description: an object that cannot be sent (a lock, a generator) is refused with NotShareableError by queues, call() and prepare_main(), and nothing is sent
# ---
import threading
from concurrent import interpreters


def identity(value):
    return value


def make_generator():
    return (i for i in range(3))


def expect_refusal(what, op):
    try:
        got = op()
    except interpreters.NotShareableError as e:
        assert isinstance(e, TypeError), f"{what}: NotShareableError is not a TypeError"
        return
    except Exception as e:
        raise AssertionError(f"{what} raised {type(e).__name__}: {e}; expected NotShareableError") from e
    raise AssertionError(f"{what} returned {got!r}; the object cannot be sent, expected NotShareableError")


def main():
    q = interpreters.create_queue()
    interp = interpreters.create()
    try:
        for name, obj in (("a lock", threading.Lock()), ("a generator", (i for i in range(3)))):
            expect_refusal(f"put() of {name}", lambda: q.put(obj))
            assert q.empty(), f"the refused {name} was put on the queue"
            expect_refusal(f"call() with {name} as argument", lambda: interp.call(identity, obj))
            expect_refusal(f"prepare_main() of {name}", lambda: interp.prepare_main(refused=obj))
            interp.exec("assert 'refused' not in globals(), 'the refused object was bound'\n")
        expect_refusal("call() returning a generator", lambda: interp.call(make_generator))
    finally:
        interp.close()


if __name__ == "__main__":
    main()
