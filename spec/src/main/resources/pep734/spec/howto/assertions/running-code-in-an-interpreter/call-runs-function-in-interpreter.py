# ---
# clause: section:running-code-in-an-interpreter
# quote: Calling a function in an interpreter works the same way:
# level: must
# features: call
# description: call() runs the function inside that interpreter with the given arguments and returns its result to the caller
# ---
from concurrent import interpreters


def describe(a, b=0, *rest, scale=1, **extra):
    from concurrent import interpreters
    return interpreters.get_current().id, (a + b + sum(rest)) * scale, sorted(extra)


def set_in_main(value):
    import __main__
    __main__.set_by_call = value


def main():
    interp = interpreters.create()
    out = interpreters.create_queue()
    try:
        got = interp.call(describe, 1, 2, 3, 4, scale=10, flag=True)
        assert got == (interp.id, 100, ["flag"]), f"call() returned {got!r}, expected ({interp.id}, 100, ['flag'])"
        # the function's effects land in that interpreter, as with exec()
        interp.call(set_in_main, "spam")
        interp.prepare_main(out=out)
        interp.exec("out.put(set_by_call)")
        assert out.get(timeout=10) == "spam", "what the called function did is not in the interpreter's __main__"
        import __main__
        assert not hasattr(__main__, "set_by_call"), "the function ran in the main interpreter"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
