# ---
# clause: api:Interpreter.prepare_main
# level: should
# description: prepare_main() and prepare_main(None) with nothing to bind raise ValueError
# includes: raising.py
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        for args in ((), (None,)):
            with must_raise(ValueError, f"prepare_main{args!r}", hint="CPython raises ValueError: nothing to bind"):
                interp.prepare_main(*args)
    finally:
        interp.close()


if __name__ == "__main__":
    main()
