# ---
# clause: api:NotShareableError
# quote: This exception, a subclass of TypeError, is raised when an object cannot be sent to another interpreter.
# level: should
# features: shareable
# description: NotShareableError for each way out: call() argument, call() return value, queue put(); the queue stays empty
# ---
import threading
from concurrent import interpreters


def give_generator():
    return (i for i in range(3))


def main():
    interp = interpreters.create()
    q = interpreters.create_queue()
    try:
        attempts = {
            "call() argument": lambda: interp.call(id, threading.Lock()),
            "call() return value": lambda: interp.call(give_generator),
            "queue put()": lambda: q.put(threading.Lock()),
        }
        for name, attempt in attempts.items():
            try:
                attempt()
            except interpreters.NotShareableError:
                pass
            except Exception as e:
                raise AssertionError(f"{name}: raised {type(e).__name__}: {e}; expected NotShareableError") from e
            else:
                raise AssertionError(f"{name}: an unshareable, unpicklable object got through")
        assert q.empty() and q.qsize() == 0, f"a refused put() left {q.qsize()} item(s) in the queue"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
