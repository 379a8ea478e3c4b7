# ---
# clause: section:capturing-an-interpreter-s-stdout
# quote: os.pipe() could be used similarly.
# level: should
# features: isolation
# description: an interpreter's print() output can be captured through os.pipe(): its sys.stdout rebound to the pipe's write end, read in main
# ---
import os
from concurrent import interpreters


def main():
    r, w = os.pipe()
    interp = interpreters.create()
    try:
        interp.prepare_main(fd=w)
        interp.exec("import os, sys\n"
                    "saved = sys.stdout\n"
                    "sys.stdout = os.fdopen(fd, 'w', closefd=False)\n"
                    "print('spam!')\n"
                    "sys.stdout.flush()\n"
                    "sys.stdout = saved\n")
        captured = os.read(r, 100)
        assert captured == b"spam!\n", f"captured {captured!r}"
    finally:
        os.close(r)
        os.close(w)
        interp.close()


if __name__ == "__main__":
    main()
