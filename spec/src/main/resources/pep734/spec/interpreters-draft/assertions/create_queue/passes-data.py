# ---
# clause: api:create_queue
# quote: Create a new queue for passing data between interpreters.
# level: must
# features: queues
# description: a queue from create_queue() carries items put in a subinterpreter to main and back, in order, values intact
# includes: queues_imported.py
# ---
import interpreters


def main():
    q_out = interpreters.create_queue()
    q_back = interpreters.create_queue()
    interp = interpreters.create()
    try:
        import_queues_in(interp)
        interp.prepare_main(q_out=q_out, q_back=q_back)
        interp.exec("for item in (1, 'two', b'three', (4.0, None)):\n    q_out.put(item)\n")
        got = [q_out.get(timeout=10) for _ in range(4)]
        assert got == [1, "two", b"three", (4.0, None)], f"main got {got!r}"
        assert q_out.empty(), "the queue holds more than was put"
        q_back.put("ab")
        interp.exec("q_out.put(q_back.get(timeout=10) * 2)\n")
        assert q_out.get(timeout=10) == "abab", "an item put in main did not reach the subinterpreter intact"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
