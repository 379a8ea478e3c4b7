# ---
# clause: section:key-details
# quote: In practice, there is some process-global data they all share, but that is managed by the runtime.
# level: should
# features: isolation
# description: process-level resources are shared: the pid and the file system; a file written in a sub is read by main
# ---
import os
import tempfile
from concurrent import interpreters


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "from-sub.txt")
        interp = interpreters.create()
        try:
            interp.prepare_main(path=path, parent_pid=os.getpid())
            interp.exec("import os\n"
                        "assert os.getpid() == parent_pid, 'the sub is not in the same process'\n"
                        "with open(path, 'w') as f:\n"
                        "    f.write('written by the sub')\n")
            with open(path) as f:
                got = f.read()
            assert got == "written by the sub", f"main read {got!r} from the file the sub wrote"
        finally:
            interp.close()


if __name__ == "__main__":
    main()
