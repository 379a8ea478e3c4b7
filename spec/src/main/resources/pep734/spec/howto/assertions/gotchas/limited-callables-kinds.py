# ---
# clause: section:gotchas
# quote: limited callables
# level: should
# features: call
# description: of the callables call() is given, module functions, builtins and stateless lambdas run; closures and lambdas reading globals are refused
# includes: raising.py
# ---
from concurrent import interpreters

BASE = 10


def module_function(x):
    return x + BASE


def main():
    interp = interpreters.create()
    try:
        assert interp.call(module_function, 1) == 11, "a module-level function did not run"
        assert interp.call(len, "abc") == 3, "a builtin did not run"
        assert interp.call(lambda x: x * 2, 4) == 8, "a stateless lambda did not run"
        local = 5
        refused = {"closure": lambda: local, "lambda reading a global": lambda: BASE}
        for name, fn in refused.items():
            with must_raise(interpreters.NotShareableError, f"call() of a {name}",
                            hint="CPython refuses it (limited callables)"):
                interp.call(fn)
    finally:
        interp.close()


if __name__ == "__main__":
    main()
