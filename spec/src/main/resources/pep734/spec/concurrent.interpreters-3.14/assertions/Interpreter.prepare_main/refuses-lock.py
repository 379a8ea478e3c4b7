# ---
# clause: api:Interpreter.prepare_main
# quote: Bind "shareable" objects in the interpreter's __main__ module.
# level: should
# features: shareable
# description: prepare_main refuses a threading.Lock with NotShareableError, binds nothing and leaves the interpreter usable
# includes: raising.py
# ---
import threading
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        value = threading.Lock()
        with must_raise(interpreters.NotShareableError, f"prepare_main(bad={value!r}) of a threading.Lock",
                        hint="CPython shares only immutable builtin values"):
            interp.prepare_main(good=1, bad=threading.Lock())
        # Nothing is bound: not the bad name, and not the good one given in the same call (all or nothing).
        interp.exec("assert 'bad' not in globals(), f'bad was bound: {bad!r}'\n"
                    "assert 'good' not in globals(), 'good was bound by a prepare_main call that failed'\n")
        interp.prepare_main(after=7)
        interp.exec("assert after == 7, after")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
