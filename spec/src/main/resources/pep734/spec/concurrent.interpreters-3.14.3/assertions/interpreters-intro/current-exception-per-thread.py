# ---
# clause: section:interpreters-intro
# quote: (Each thread, even if there's only the main thread, has some extra runtime state, in addition to the current interpreter, related to the current exception and the bytecode eval loop.)
# level: should
# features: isolation, threads
# description: the exception being handled in the caller is not the current exception of code it runs in an interpreter, and comes back unchanged
# ---
# The current exception is runtime state of a thread in one interpreter: code that exec() runs in another
# interpreter on the same OS thread starts with none, and handling one there does not replace the caller's.
import sys
from concurrent import interpreters


def main():
    interp = interpreters.create()
    try:
        try:
            raise KeyError("handled in main")
        except KeyError as handled:
            interp.exec(
                "import sys\n"
                "_seen = sys.exception()\n"
                "assert _seen is None, f'code in the interpreter sees the caller\\'s current exception: {_seen!r}'\n"
                "try:\n"
                "    raise ValueError('handled in the interpreter')\n"
                "except ValueError:\n"
                "    pass\n")
            after = sys.exception()
            assert after is handled, (f"after exec() the exception being handled in main is {after!r}, "
                                      f"expected {handled!r}")
        assert sys.exception() is None, f"main's current exception leaked: {sys.exception()!r}"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
