# ---
# clause: section:pipes-sockets-etc
# quote: One interesting part of that is how the subthread blocked until we wrote to the pipe.
# quote: In addition to delivering the message, the read end of the pipe acted like a lock.
# level: must
# features: threads, pipes
# description: an interpreter reading an empty pipe in a thread stays blocked (running) while the main interpreter goes on, until it writes
# ---
import os
import threading
import time
from concurrent import interpreters


def main():
    interp = interpreters.create()
    out = interpreters.create_queue()
    r, s = os.pipe()
    try:
        interp.prepare_main(out=out, rpipe=r)
        errors = []

        def task():
            try:
                interp.exec("import os\n"
                            "out.put('reading')\n"
                            "msg = os.read(rpipe, 20)\n"
                            "out.put(msg)\n")
            except BaseException as exc:
                errors.append(exc)

        t = threading.Thread(target=task)
        t.start()
        assert out.get(timeout=60) == "reading", "the interpreter did not start reading"
        time.sleep(0.5)    # the main interpreter goes on meanwhile; the reader must still wait
        assert t.is_alive(), f"the reading thread ended before anything was written: {errors!r}"
        assert interp.is_running(), "the interpreter is not running although its thread waits in os.read()"
        assert out.empty(), "the interpreter got past os.read() before anything was written"
        os.write(s, b"spam!")
        t.join(60)
        assert not t.is_alive(), "the reader did not finish after the write"
        assert not errors, f"the reader failed: {errors!r}"
        got = out.get(timeout=10)
        assert got == b"spam!", f"the interpreter read {got!r}, expected b'spam!'"
    finally:
        os.close(r)
        os.close(s)
        interp.close()


if __name__ == "__main__":
    main()
