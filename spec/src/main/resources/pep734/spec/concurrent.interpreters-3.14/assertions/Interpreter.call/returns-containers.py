# ---
# clause: api:Interpreter.call
# quote: Return the result of calling running the given function in the interpreter (in the current thread).
# level: should
# features: call, shareable
# description: call() returns non-shareable but picklable results (list, dict, set, big int) as equal copies
# ---
from concurrent import interpreters


def make(kind):
    return {"list": [1, [2, "3"]], "dict": {"a": (1, 2), 3: None}, "set": {1, 2, 3}, "big": 2 ** 100,
            "none": None}[kind]


def main():
    interp = interpreters.create()
    try:
        for kind in ("list", "dict", "set", "big", "none"):
            got = interp.call(make, kind)
            want = make(kind)
            assert type(got) is type(want) and got == want, (
                f"call() returned {got!r} ({type(got).__name__}) for {kind}; expected {want!r}")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
