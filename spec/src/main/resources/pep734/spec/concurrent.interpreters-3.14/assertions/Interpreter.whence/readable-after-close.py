# ---
# clause: api:Interpreter.whence
# quote: A string describing where the interpreter came from.
# level: should
# features: lifecycle
# description: whence stays the same string after close(), like id
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    before = interp.whence
    interp.close()
    after = interp.whence
    assert isinstance(after, str), f"after close() whence is {after!r}, not a str"
    assert after == before, f"whence changed at close(): {before!r} -> {after!r}"


if __name__ == "__main__":
    main()
