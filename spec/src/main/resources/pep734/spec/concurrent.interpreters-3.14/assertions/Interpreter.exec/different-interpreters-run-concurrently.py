# ---
# clause: api:Interpreter.exec
# quote: Run the given source code in the interpreter (in the current thread).
# level: should
# features: threads
# description: exec() on two interpreters from two threads runs at the same time (a handshake between them completes)
# ---
import threading
from concurrent import interpreters


def main():
    a, b = interpreters.create(), interpreters.create()
    ping, pong = interpreters.create_queue(), interpreters.create_queue()
    errors = []
    try:
        a.prepare_main(ping=ping, pong=pong)
        b.prepare_main(ping=ping, pong=pong)

        def run(interp, code):
            try:
                interp.exec(code)
            except BaseException as e:
                errors.append((interp.id, e))

        # each waits for the other: it completes only if both exec() calls are in progress together
        ta = threading.Thread(target=run, args=(a, "ping.put('a')\ngot = pong.get(timeout=30)\nassert got == 'b', got\n"))
        tb = threading.Thread(target=run, args=(b, "got = ping.get(timeout=30)\nassert got == 'a', got\npong.put('b')\n"))
        ta.start()
        tb.start()
        ta.join(60)
        tb.join(60)
        assert not errors, (f"the handshake between two interpreters failed: {errors!r}; if this fails, check "
                            "that exec() in one interpreter does not block exec() in another")
    finally:
        a.close()
        b.close()


if __name__ == "__main__":
    main()
