# ---
# clause: api:get_current
# quote: Return an Interpreter object for the currently running interpreter.
# level: must
# features: lifecycle, threads
# description: a function run with call_in_thread() sees the target interpreter as current while main stays current in main
# ---
from concurrent import interpreters


def report(q):
    from concurrent import interpreters as inner
    q.put(inner.get_current().id)


def main():
    q = interpreters.create_queue()
    interp = interpreters.create()
    try:
        t = interp.call_in_thread(report, q)
        assert interpreters.get_current().id == interpreters.get_main().id, "main thread no longer sees main as current"
        seen = q.get(timeout=30)
        t.join(30)
        assert seen == interp.id, f"inside call_in_thread() get_current().id is {seen}, expected {interp.id}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
