# ---
# clause: api:destroy
# level: should
# features: lowlevel, lifecycle
# description: destroy() finalizes the interpreter: its atexit handlers run before destroy() returns
# ---
import _interpreters
import os
import tempfile


def main():
    fd, path = tempfile.mkstemp()
    os.close(fd)
    interp = _interpreters.create()
    try:
        _interpreters.run_string(interp, (
            "import atexit\n"
            "def bye():\n"
            f"    with open({path!r}, 'w') as f:\n"
            "        f.write('finalized')\n"
            "atexit.register(bye)\n"))
        with open(path) as f:
            assert f.read() == "", "the atexit handler ran before destroy()"
        _interpreters.destroy(interp)
        with open(path) as f:
            got = f.read()
        assert got == "finalized", f"after destroy() the file holds {got!r}; the interpreter's atexit handler did not run"
    finally:
        os.unlink(path)


if __name__ == "__main__":
    main()
