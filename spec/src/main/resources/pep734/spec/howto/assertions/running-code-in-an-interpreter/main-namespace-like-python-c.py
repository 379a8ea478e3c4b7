# ---
# clause: section:running-code-in-an-interpreter
# quote: In fact, a comparison with python -c is quite direct:
# level: should
# features: isolation
# description: a new interpreter's __main__ starts like the one of python -c: the same names, no __file__, __spec__ None
# ---
import subprocess
import sys
from concurrent import interpreters

PROBE = "print(sorted(globals()), __spec__, __package__, __doc__)"


def main():
    assert sys.executable, "sys.executable is empty: there is no python -c to compare with"
    cli = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60)
    assert cli.returncode == 0, f"python -c failed: {cli.stderr}"
    q = interpreters.create_queue()
    interp = interpreters.create()
    try:
        interp.prepare_main(q=q)
        interp.exec("q.put(str((sorted(k for k in globals() if k != 'q'), __spec__, __package__, __doc__)))")
        seen = q.get(timeout=30)
    finally:
        interp.close()
    want = cli.stdout.strip()
    got = " ".join(str(x) for x in eval(seen))
    assert got == want, f"a new interpreter's __main__ gives {got!r}; python -c gives {want!r}"


if __name__ == "__main__":
    main()
