# ---
# clause: api:run_string
# quote: A wrapper around PyRun_SimpleString which runs the provided Python program in the main thread of the identified interpreter.
# level: must
# features: lowlevel
# description: run_string runs a multi-line program as __main__ of the identified interpreter only; its globals persist between calls
# includes: lowlevel_main.py
# ---
import _interpreters


def main():
    a = _interpreters.create()
    b = _interpreters.create()
    try:
        _interpreters.run_string(a, "def square(n):\n    return n * n\nvalue = square(7)\n")
        _interpreters.run_string(a, "value += 1\n")
        ns = run_and_read(a, "import sys\nname = __name__\nis_main = sys.modules['__main__'].value == value\n")
        assert ns["value"] == 50, f"after two run_string calls value is {ns.get('value')!r}; expected 50 (globals persist)"
        assert ns["name"] == "__main__", f"code ran with __name__ {ns['name']!r}; expected '__main__'"
        assert ns["is_main"] is True, "the code's globals are not the __main__ module's"
        ns_b = run_and_read(b, "has = 'value' in globals()\n")
        assert ns_b["has"] is False, "code run in one interpreter changed another interpreter's __main__"
        assert "value" not in globals(), "code run in a subinterpreter changed the main interpreter's __main__"
    finally:
        _interpreters.destroy(a)
        _interpreters.destroy(b)


if __name__ == "__main__":
    main()
