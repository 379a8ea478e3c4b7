# ---
# clause: api:Interpreter.run
# quote: This blocks the current thread until done. channels should be in the form : (RecvChannel, SendChannel).
# level: must
# features: threads
# description: run() of a 0.5 s program returns only after the program ended, in the calling thread
# ---
import os
import tempfile
import time
from test.support import interpreters


def main():
    fd, path = tempfile.mkstemp()
    os.close(fd)
    interp = interpreters.create()
    try:
        start = time.monotonic()
        interp.run(f"import time\ntime.sleep(0.5)\nwith open({path!r}, 'w') as f:\n    f.write('done')\n")
        took = time.monotonic() - start
        with open(path) as f:
            content = f.read()
        assert content == "done", "run() returned before the program finished writing its file"
        assert took >= 0.45, f"run() of a 0.5 s program returned after {took:.3f} s"
    finally:
        interp.close()
        os.unlink(path)


if __name__ == "__main__":
    main()
