# ---
# clause: api:Interpreter.close
# quote: Finalize and destroy the interpreter.
# level: should
# features: lifecycle
# description: finalizing runs the interpreter's atexit callbacks before close() returns
# ---
import os
import tempfile
from concurrent import interpreters


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "atexit.txt")
        interp = interpreters.create()
        closed = False
        try:
            interp.prepare_main(path=path)
            interp.exec("import atexit\n"
                        "def _on_exit():\n"
                        "    with open(path, 'w') as f:\n"
                        "        f.write('atexit ran')\n"
                        "atexit.register(_on_exit)\n")
            assert not os.path.exists(path), "the atexit callback ran before close()"
            interp.close()
            closed = True
        finally:
            if not closed:
                interp.close()
        assert os.path.exists(path), ("close() returned but the sub's atexit callback never ran; "
                                      "finalization must run it, as at interpreter shutdown")


if __name__ == "__main__":
    main()
