# ---
# clause: api:run_string_unrestricted
# quote: Note that this allows objects to leak between interpreters, which may not be desirable.
# level: may
# features: lowlevel
# description: ns may carry objects that are not shareable (a list, a dict) into the interpreter, and the result may carry such objects out
# ---
import _interpreters


def main():
    interp = _interpreters.create()
    try:
        ns = _interpreters.run_string_unrestricted(interp, "total = sum(items)\nout = {'k': [total, keys['x']]}\n",
                                                   {"items": [1, 2, 3], "keys": {"x": "y"}})
        assert ns["total"] == 6, f"the list passed in ns summed to {ns['total']!r} in the interpreter"
        assert ns["out"] == {"k": [6, "y"]}, f"a dict built in the interpreter came back as {ns['out']!r}"
    finally:
        _interpreters.destroy(interp)


if __name__ == "__main__":
    main()
