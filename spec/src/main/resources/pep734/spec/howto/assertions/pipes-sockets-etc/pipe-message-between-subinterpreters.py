# ---
# clause: section:pipes-sockets-etc
# quote: First, let's use a pipe to pass a message from one interpreter to another:
# level: must
# features: threads
# description: a message written to a pipe in one subinterpreter is read whole in another, which waits for it
# ---
import os
import threading
from concurrent import interpreters


def main():
    r, w = os.pipe()
    reader = interpreters.create()
    writer = interpreters.create()
    done = interpreters.create_queue()
    try:
        reader.prepare_main(rpipe=r, done=done)
        writer.prepare_main(spipe=w)
        t = threading.Thread(target=reader.exec,
                             args=("import os\nmsg = os.read(rpipe, 20)\ndone.put(msg)\n",))
        t.start()
        writer.exec("import os\nos.write(spipe, b'spam!')\n")
        msg = done.get(timeout=30)
        t.join(30)
        assert msg == b"spam!", f"the reading interpreter got {msg!r}"
    finally:
        os.close(r)
        os.close(w)
        reader.close()
        writer.close()


if __name__ == "__main__":
    main()
