# ---
# clause: api:Interpreter.call
# level: should
# features: call, shareable
# description: call() with an argument that can be neither shared nor pickled (a lock) raises NotShareableError and runs nothing
# includes: raising.py
# ---
import threading
from concurrent import interpreters


def mark(lock):
    import builtins
    builtins.RAN = True


def main():
    interp = interpreters.create()
    try:
        with must_raise(interpreters.NotShareableError, "call() with a threading.Lock argument"):
            interp.call(mark, threading.Lock())
        interp.exec("import builtins\nassert not hasattr(builtins, 'RAN'), 'the function ran'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
