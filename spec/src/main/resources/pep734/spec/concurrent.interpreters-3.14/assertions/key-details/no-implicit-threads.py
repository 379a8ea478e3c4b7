# ---
# clause: section:key-details
# quote: no implicit threads
# level: must
# features: threads
# description: create/prepare_main/exec/call/close start no threads; code runs on the calling OS thread
# ---
import threading
from concurrent import interpreters


def main():
    before = threading.enumerate()
    tid = threading.get_native_id()
    interp = interpreters.create()
    try:
        interp.prepare_main(caller_tid=tid)
        interp.exec("import threading\n"
                    "assert threading.get_native_id() == caller_tid, 'exec() ran on another OS thread'\n")
        assert interp.call(threading.get_native_id) == tid, "call() ran on another OS thread"
        during = threading.enumerate()
        assert len(during) == len(before), (
            f"threads before: {before}; with an interpreter in use: {during}; there must be no implicit threads")
    finally:
        interp.close()
    after = threading.enumerate()
    assert len(after) == len(before), f"threads before: {before}; after close(): {after}"


if __name__ == "__main__":
    main()
