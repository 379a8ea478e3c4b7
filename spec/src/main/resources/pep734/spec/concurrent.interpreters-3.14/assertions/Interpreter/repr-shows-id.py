# ---
# clause: api:Interpreter
# quote: A single interpreter in the current process.
# level: should
# features: lifecycle
# description: repr() of an Interpreter names its class and id, e.g. Interpreter(3), before and after close()
# ---
from concurrent import interpreters


def main():
    main_interp = interpreters.get_main()
    assert repr(main_interp) == f"Interpreter({main_interp.id})", f"repr of the main interpreter: {main_interp!r}"
    interp = interpreters.create()
    expected = f"Interpreter({interp.id})"
    assert repr(interp) == expected, f"repr(interp) is {interp!r}; CPython shows {expected}"
    interp.close()
    assert repr(interp) == expected, f"after close() repr(interp) is {interp!r}; CPython still shows {expected}"


if __name__ == "__main__":
    main()
