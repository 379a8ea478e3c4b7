# ---
# clause: api:NotShareableError
# quote: The object cannot be sent to another interpreter.
# level: must
# features: shareable, errors
# description: NotShareableError is an Exception raised by prepare_main for an object that cannot be sent (a lock, a generator)
# ---
import threading

import interpreters


def main():
    assert issubclass(interpreters.NotShareableError, Exception)
    interp = interpreters.create()
    try:
        for bad in (threading.Lock(), (x for x in range(3))):
            try:
                interp.prepare_main(obj=bad)
            except interpreters.NotShareableError:
                pass
            else:
                raise AssertionError(f"prepare_main(obj={bad!r}) did not raise NotShareableError")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
