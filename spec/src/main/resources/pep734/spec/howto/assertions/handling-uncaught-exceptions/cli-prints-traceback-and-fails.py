# ---
# clause: section:handling-uncaught-exceptions
# quote: Consider what happens when you run a script at the commandline and there's an unhandled exception.
# quote: In that case, Python will print the traceback and the process will exit with a failure code.
# level: should
# features: errors
# description: python on a script with an unhandled exception prints the traceback on stderr and exits with status 1
# ---
import os
import subprocess
import sys
import tempfile


def main():
    assert sys.executable, "sys.executable is empty: there is no command line to run a script with"
    path = os.path.join(tempfile.mkdtemp(), "fails.py")
    with open(path, "w") as f:
        f.write("def inner():\n    1/0\ninner()\n")
    run = subprocess.run([sys.executable, path], capture_output=True, text=True, timeout=60)
    assert run.returncode == 1, f"exit status {run.returncode}, expected 1"
    assert "Traceback (most recent call last)" in run.stderr, f"no traceback on stderr: {run.stderr!r}"
    assert "ZeroDivisionError" in run.stderr and "inner" in run.stderr, run.stderr


if __name__ == "__main__":
    main()
