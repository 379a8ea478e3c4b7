# ---
# clause: api:run_string_unrestricted
# quote: Like run_string but returns the dict in which the code was executed.
# level: should
# features: lowlevel
# description: the returned dict has every name the code bound, also a function, a class and a module, not only the plain values
# ---
import _interpreters


def main():
    interp = _interpreters.create()
    try:
        ns = _interpreters.run_string_unrestricted(interp, (
            "import math\n"
            "def f():\n"
            "    return 1\n"
            "class C:\n"
            "    pass\n"
            "n = 1\n"))
        missing = [name for name in ("math", "f", "C", "n") if name not in ns]
        assert not missing, (f"the returned namespace lacks {missing}; the dict in which the code was executed "
                             f"holds them (keys returned: {sorted(ns)})")
    finally:
        _interpreters.destroy(interp)


if __name__ == "__main__":
    main()
