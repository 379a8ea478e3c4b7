# ---
# clause: section:running-in-a-thread
# quote: A key point is that, in a new Python process, the runtime doesn't create a new thread just to run the target script.
# quote: It uses the main thread the process started with.
# level: should
# features: threads
# description: the script of a new process runs on the thread the process started with: the main thread, the only one, whose OS id is the process id on Linux
# ---
import os
import sys
import threading


def main():
    assert threading.current_thread() is threading.main_thread(), (
        f"the script runs on {threading.current_thread()!r}, not the main thread")
    others = [t for t in threading.enumerate() if t is not threading.current_thread()]
    assert not others, f"other threads run beside the script: {others}"
    if sys.platform.startswith("linux"):
        assert threading.get_native_id() == os.getpid(), (
            f"the script's OS thread {threading.get_native_id()} is not the process's first thread {os.getpid()}")


if __name__ == "__main__":
    main()
