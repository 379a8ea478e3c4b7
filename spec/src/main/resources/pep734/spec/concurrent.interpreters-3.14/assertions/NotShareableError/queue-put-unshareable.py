# ---
# clause: api:NotShareableError
# quote: This exception, a subclass of TypeError, is raised when an object cannot be sent to another interpreter.
# level: should
# features: errors, shareable, queues
# description: putting an object that can be neither shared nor pickled (a lock) into a queue raises NotShareableError
# ---
import threading
from concurrent import interpreters


def main():
    q = interpreters.create_queue()
    for bad in (threading.Lock(), (1, threading.Lock())):
        try:
            q.put_nowait(bad)
        except interpreters.NotShareableError:
            pass
        except Exception as e:
            raise AssertionError(f"put_nowait({bad!r}) raised {type(e).__name__}: {e}; expected NotShareableError") from e
        else:
            raise AssertionError(f"put_nowait({bad!r}) succeeded; a lock cannot be sent to another interpreter")
    assert q.empty(), f"a refused item was stored: qsize() is {q.qsize()}"


if __name__ == "__main__":
    main()
