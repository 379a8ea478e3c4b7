# ---
# clause: section:interp-tutorial-basics
# quote: The main difference is that multiple interpreters live in the same process, which makes it all more efficient.
# level: must
# features: isolation
# description: subinterpreters share the caller's process id and current directory and start with its environment (process-wide state)
# ---
import os
import tempfile
from concurrent import interpreters


def main():
    out = interpreters.create_queue()
    old_cwd = os.getcwd()
    tmp = tempfile.mkdtemp(prefix="howto-cwd-")
    interps = []
    try:
        os.environ["HOWTO_PROCESS_MARKER"] = "set in main"
        interps.append(interpreters.create())   # created after the variable was set: it starts with it
        interps.append(interpreters.create())
        os.chdir(tmp)                           # changed after creation: the cwd belongs to the process
        for interp in interps:
            interp.prepare_main(out=out)
            interp.exec("import os\nout.put((os.getpid(), os.environ.get('HOWTO_PROCESS_MARKER'), os.getcwd()))")
            pid, env, cwd = out.get(timeout=10)
            assert pid == os.getpid(), f"interpreter {interp.id} runs in process {pid}, not {os.getpid()}"
            assert env == "set in main", f"interpreter {interp.id} sees the environment variable as {env!r}"
            assert os.path.samefile(cwd, tmp), f"interpreter {interp.id} has cwd {cwd!r}, the process has {tmp!r}"
    finally:
        os.chdir(old_cwd)
        os.environ.pop("HOWTO_PROCESS_MARKER", None)
        os.rmdir(tmp)
        for interp in interps:
            interp.close()


if __name__ == "__main__":
    main()
