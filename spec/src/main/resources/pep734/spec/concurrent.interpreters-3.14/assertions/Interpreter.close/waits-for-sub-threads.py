# ---
# clause: api:Interpreter.close
# quote: Finalize and destroy the interpreter.
# level: should
# features: lifecycle, threads
# description: finalizing waits for non-daemon threads started inside the interpreter before close() returns
# ---
import os
import tempfile
import time
from concurrent import interpreters


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "done.txt")
        interp = interpreters.create()
        closed = False
        try:
            interp.prepare_main(path=path)
            interp.exec(
                "import threading, time\n"
                "def _late():\n"
                "    time.sleep(0.5)\n"
                "    with open(path, 'w') as f:\n"
                "        f.write('finished')\n"
                "threading.Thread(target=_late).start()\n")
            start = time.monotonic()
            interp.close()
            closed = True
            took = time.monotonic() - start
        finally:
            if not closed:
                interp.close()
        assert os.path.exists(path), (
            f"close() returned after {took:.2f}s, but the sub's non-daemon thread had not finished its work; "
            "finalization must join the interpreter's threads (like interpreter shutdown does)")
        with open(path) as f:
            content = f.read()
        assert content == "finished", f"the thread's file holds {content!r}"


if __name__ == "__main__":
    main()
