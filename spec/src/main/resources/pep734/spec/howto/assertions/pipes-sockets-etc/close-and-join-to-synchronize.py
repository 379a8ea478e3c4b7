# ---
# clause: section:pipes-sockets-etc
# quote: You can also close the pipe ends and join the thread to synchronize.
# includes: exec_thread.py
# level: must
# features: threads, pipes
# description: closing the write end in the main interpreter ends the other interpreter's read loop (EOF) so join() returns with all data
# ---
import os
from concurrent import interpreters


def main():
    interp = interpreters.create()
    out = interpreters.create_queue()
    r, s = os.pipe()
    closed_w = False
    try:
        interp.prepare_main(out=out, rpipe=r)
        worker = ExecThread(interp, (
            "import os\n"
            "chunks = []\n"
            "while True:\n"
            "    c = os.read(rpipe, 4096)\n"
            "    if not c:\n"
            "        break\n"
            "    chunks.append(c)\n"
            "out.put(b''.join(chunks))\n"))
        for i in range(50):
            os.write(s, b"%d," % i)
        os.close(s)
        closed_w = True
        got = worker.get(out, 60, "the data it read (closing the write end must end its read loop)")
        worker.join(10)
        expected = b"".join(b"%d," % i for i in range(50))
        assert got == expected, f"the interpreter read {got[:60]!r}... ({len(got)} bytes), expected {len(expected)} bytes"
    finally:
        os.close(r)
        if not closed_w:
            os.close(s)
        interp.close()


if __name__ == "__main__":
    main()
