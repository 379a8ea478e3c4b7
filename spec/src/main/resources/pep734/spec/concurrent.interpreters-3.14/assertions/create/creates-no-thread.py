# ---
# clause: api:create
# level: should
# features: threads
# description: creating an interpreter and running code in it starts no Python thread in the caller's interpreter
# ---
import threading
from concurrent import interpreters


def main():
    before = threading.enumerate()
    interp = interpreters.create()
    try:
        interp.exec("x = 1")
        interp.call(len, "abc")
        after = threading.enumerate()
        assert len(after) == len(before), (
            f"threads before create(): {before}; after create()/exec()/call(): {after}; "
            "there are no implicit threads: only call_in_thread() may start one")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
