# ---
# clause: section:interp-tutorial-communicating
# quote: However, their main strength is in running concurrent code.
# level: must
# features: threads
# description: two interpreters run at the same time: each waits inside its exec() for a message only the other sends
# ---
import threading
from concurrent import interpreters


def main():
    a_to_b = interpreters.create_queue()
    b_to_a = interpreters.create_queue()
    a = interpreters.create()
    b = interpreters.create()
    errors = []
    try:
        a.prepare_main(send=a_to_b, recv=b_to_a)
        b.prepare_main(send=b_to_a, recv=a_to_b)
        # Each script sends, then waits for the other's message: only concurrent runs can both finish.
        script = "send.put('hello')\nreply = recv.get(timeout=30)\nassert reply == 'hello', reply\n"

        def run(interp):
            try:
                interp.exec(script)
            except BaseException as e:
                errors.append(e)
        threads = [threading.Thread(target=run, args=(i,)) for i in (a, b)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert not errors, f"an interpreter did not hear from the other: {errors[0]}"
    finally:
        a.close()
        b.close()


if __name__ == "__main__":
    main()
