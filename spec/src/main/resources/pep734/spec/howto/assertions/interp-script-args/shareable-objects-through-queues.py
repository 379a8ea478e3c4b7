# ---
# clause: section:interp-script-args
# quote: In a little while also see how shareable objects make queues and channels especially convenient and efficient.
# level: should
# features: queues,shareable
# description: shareable objects go through a queue unchanged, and a memoryview is not copied at all: the receiver writes into the sender's buffer
# ---
from concurrent import interpreters


def main():
    q = interpreters.create_queue()
    interp = interpreters.create()
    buf = bytearray(8)
    try:
        interp.prepare_main(q=q)
        for item in ("spam", 42, b"eggs", (1, ("x", None)), memoryview(buf)):
            q.put(item)
        interp.exec("items = [q.get(timeout=10) for _ in range(4)]\n"
                    "assert items == ['spam', 42, b'eggs', (1, ('x', None))], items\n"
                    "view = q.get(timeout=10)\n"
                    "view[:4] = b'sent'\n")
        assert bytes(buf[:4]) == b"sent", f"the memoryview was copied: the sender's buffer is {bytes(buf)!r}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
