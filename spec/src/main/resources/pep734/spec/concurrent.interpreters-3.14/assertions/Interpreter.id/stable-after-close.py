# ---
# clause: api:Interpreter.id
# level: should
# features: lifecycle
# description: the id of a closed interpreter can still be read and is unchanged (for logging and error messages)
# ---
from concurrent import interpreters


def main():
    interp = interpreters.create()
    original = interp.id
    whence = interp.whence
    interp.close()
    assert interp.id == original, f"id after close() is {interp.id!r}, was {original!r}"
    assert interp.whence == whence, f"whence after close() is {interp.whence!r}, was {whence!r}"
    assert repr(interp) == f"Interpreter({original})", f"repr after close() is {interp!r}"


if __name__ == "__main__":
    main()
