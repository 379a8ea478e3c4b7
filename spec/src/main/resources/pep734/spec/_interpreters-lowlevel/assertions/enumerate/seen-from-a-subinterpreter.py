# ---
# clause: api:enumerate
# level: must
# features: lowlevel
# description: enumerate() called inside a subinterpreter lists main, itself and its sibling
# includes: lowlevel_main.py
# ---
import _interpreters


def main():
    a = _interpreters.create()
    b = _interpreters.create()
    try:
        ns = run_and_read(a, "import _interpreters\nseen = [int(i) for i in _interpreters.enumerate()]\n")
        seen = sorted(ns["seen"])
        expected = sorted(int(i) for i in _interpreters.enumerate())
        assert seen == expected, f"inside interpreter {int(a)} enumerate() gave {seen}; main sees {expected}"
        assert int(_interpreters.get_main()) in seen and int(a) in seen and int(b) in seen
    finally:
        _interpreters.destroy(a)
        _interpreters.destroy(b)


if __name__ == "__main__":
    main()
