# ---
# clause: section:communication-between-interpreters
# quote: This usually involves some form of message passing, but can even mean sharing data in some carefully managed way.
# level: must
# features: queues, shareable
# description: interpreters exchange messages through a queue, and share data through a memoryview that both write
# ---
from concurrent import interpreters


def main():
    inbox, outbox = interpreters.create_queue(), interpreters.create_queue()
    data = bytearray(8)
    interp = interpreters.create()
    try:
        interp.prepare_main(inbox=inbox, outbox=outbox, shared=memoryview(data))
        inbox.put(("add", 2, 3))
        interp.exec("op, a, b = inbox.get(timeout=10)\n"
                    "assert op == 'add', op\n"
                    "outbox.put(('sum', a + b))\n"
                    "shared[0] = a + b\n")
        got = outbox.get(timeout=10)
        assert got == ("sum", 5), f"the message sent back was {got!r}, expected ('sum', 5)"
        assert data[0] == 5, f"the interpreter wrote 5 into the shared memory; main reads {data[0]}"
        data[1] = 7
        interp.exec("assert shared[1] == 7, f'main wrote 7 into the shared memory; the interpreter reads {shared[1]}'\n"
                    "shared.release()\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
