# ---
# clause: section:interpreters-low-level-interpreters-api
# quote: This module provides low-level primitives for working with multiple Python interpreters in the same runtime in the current process.
# level: must
# features: lowlevel
# description: code run in a created interpreter sees the same process id and can write to a file the main interpreter then reads
# ---
import _interpreters
import os
import tempfile


def main():
    fd, path = tempfile.mkstemp(suffix=".txt")
    os.close(fd)
    interp = _interpreters.create()
    try:
        _interpreters.run_string(interp, f"import os\nwith open({path!r}, 'w') as f:\n    f.write(str(os.getpid()))\n")
        with open(path) as f:
            got = f.read()
    finally:
        _interpreters.destroy(interp)
        os.unlink(path)
    assert got == str(os.getpid()), (
        f"the created interpreter reported process id {got!r}; the main interpreter runs in {os.getpid()} "
        "(interpreters must live in the current process)")


if __name__ == "__main__":
    main()
