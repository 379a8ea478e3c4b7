# ---
# clause: section:reference
# level: should
# features: queues, shareable
# description: a memoryview put on a queue arrives as a view of the same memory: writes on either side are seen by the other
# ---
from concurrent import interpreters


def main():
    data = bytearray(b"abcd")
    q = interpreters.create_queue()
    done = interpreters.create_queue()
    interp = interpreters.create()
    try:
        interp.prepare_main(q=q, done=done)
        q.put(memoryview(data))
        interp.exec("m = q.get(timeout=10)\n"
                    "assert bytes(m) == b'abcd', bytes(m)\n"
                    "m[0] = ord('Z')\n")
        assert data[0] == ord("Z"), f"the sub's write is not visible in main: {bytes(data)!r}"
        data[1] = ord("Y")
        interp.exec("assert m[1] == ord('Y'), bytes(m)\nrelease = m.release()\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
