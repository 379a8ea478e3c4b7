# ---
# clause: api:run_string
# quote: Providing an invalid or unknown ID results in a RuntimeError, likewise if the main interpreter or any other running interpreter is used.
# level: must
# features: lowlevel, errors
# description: run_string with a destroyed ID, a never-used ID or a negative ID raises RuntimeError and runs nothing
# includes: raising.py
# ---
import _interpreters
import os
import tempfile


def main():
    fd, path = tempfile.mkstemp()
    os.close(fd)
    os.unlink(path)
    gone = _interpreters.create()
    _interpreters.destroy(gone)
    code = f"open({path!r}, 'w').close()\n"
    try:
        for what, bad in (("a destroyed ID", gone), ("an ID that never existed", 10**6), ("a negative ID", -1)):
            with must_raise(RuntimeError, f"run_string with {what}"):
                _interpreters.run_string(bad, code)
            assert not os.path.exists(path), f"run_string with {what} raised but ran the code somewhere"
    finally:
        if os.path.exists(path):
            os.unlink(path)


if __name__ == "__main__":
    main()
