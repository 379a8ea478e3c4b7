# ---
# clause: section:running-in-an-interpreter
# quote: This is the same as how scripts invoked from the command-line run in the __main__ module.
# level: must
# features: isolation
# description: code run by exec() sees __name__ == '__main__', and the module sys.modules['__main__'] is its namespace
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        interp.exec("import sys\n"
                    "assert __name__ == '__main__', f'__name__ is {__name__!r}'\n"
                    "_main = sys.modules['__main__']\n"
                    "assert _main.__name__ == '__main__', _main.__name__\n"
                    "assert vars(_main) is globals(), 'the code does not run in the __main__ module'\n"
                    "def _f():\n"
                    "    pass\n"
                    "assert _f.__module__ == '__main__', f'a function defined there belongs to {_f.__module__!r}'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
