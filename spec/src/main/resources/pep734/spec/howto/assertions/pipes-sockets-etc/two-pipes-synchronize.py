# ---
# clause: section:pipes-sockets-etc
# quote: We can actually make use of that to synchronize execution between the interpreters:
# includes: exec_thread.py
# level: must
# features: threads, pipes
# description: with two pipes the interpreters meet: neither passes the meeting point before the other arrives, and the byte goes both ways
# ---
import os
import time
from concurrent import interpreters

SCRIPT = """
import os
steps.put('before the meeting')
msg = os.read(r1, 1)
steps.put(('after the meeting', msg))
os.write(s2, msg * 2)
"""


def main():
    interp = interpreters.create()
    steps = interpreters.create_queue()
    r1, s1 = os.pipe()
    r2, s2 = os.pipe()
    try:
        interp.prepare_main(steps=steps, r1=r1, s2=s2)
        worker = ExecThread(interp, SCRIPT)
        assert worker.get(steps, 60, "its step 'before the meeting'") == "before the meeting"
        time.sleep(0.3)
        assert steps.empty(), "the interpreter passed the meeting point before the main interpreter arrived"
        worker.check()
        os.write(s1, b"!")
        got = worker.read(r2, 2, 60, "the bytes it writes back")   # the main interpreter waits for the other one
        assert got == b"!!", f"the main interpreter read {got!r} back, expected b'!!'"
        assert worker.get(steps, 10, "its step 'after the meeting'") == ("after the meeting", b"!"), \
            "the interpreter did not get the byte"
        worker.join(60)
    finally:
        for fd in (r1, s1, r2, s2):
            os.close(fd)
        interp.close()


if __name__ == "__main__":
    main()
