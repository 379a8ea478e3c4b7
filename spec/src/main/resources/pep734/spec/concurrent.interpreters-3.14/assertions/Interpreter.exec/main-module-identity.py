# ---
# clause: api:Interpreter.exec
# quote: Run the given source code in the interpreter (in the current thread).
# level: should
# features: isolation
# description: code runs as the interpreter's own __main__: __name__ is '__main__', no __file__, and it is sys.modules['__main__']
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        interp.exec(
            "import sys\n"
            "assert __name__ == '__main__', __name__\n"
            "assert '__file__' not in globals(), f'__file__ is set: {__file__!r}'\n"
            "assert sys.modules['__main__'].__dict__ is globals(), 'exec did not run in __main__'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
