# ---
# clause: api:Interpreter.call
# level: should
# features: call, shareable
# description: call() with an argument that can be neither shared nor pickled (a lock) raises NotShareableError and runs nothing
# ---
import threading
from concurrent import interpreters


def mark(lock):
    import builtins
    builtins.RAN = True


def main():
    interp = interpreters.create()
    try:
        try:
            interp.call(mark, threading.Lock())
        except interpreters.NotShareableError:
            pass
        except Exception as e:
            raise AssertionError(f"call() with a lock argument raised {type(e).__name__}: {e}; "
                                 "expected NotShareableError") from e
        else:
            raise AssertionError("call() with a threading.Lock argument returned normally")
        interp.exec("import builtins\nassert not hasattr(builtins, 'RAN'), 'the function ran'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
