# ---
# clause: api:Interpreter.prepare_main
# quote: Bind "shareable" objects in the interpreter's __main__ module.
# level: must
# features: shareable
# description: prepare_main binds one MiB of bytes in __main__ with the same type and value
# ---
from concurrent import interpreters


def main():
    value = bytes(range(256)) * 4096
    interp = interpreters.create()
    try:
        interp.prepare_main(value=value)
        # repr() shows type-relevant details (bool vs int, -0.0, nan, escapes); type names are compared as well.
        interp.exec(
            "def _types(v):\n"
            "    return (type(v).__name__, tuple(_types(x) for x in v)) if type(v) is tuple else type(v).__name__\n"
            f"assert repr(value) == {repr(value)!r}, f'bound value differs: {{value!r:.200}}'\n"
            f"assert _types(value) == {_types(value)!r}, f'bound types differ: {{_types(value)}}'\n")
    finally:
        interp.close()


def _types(v):
    return (type(v).__name__, tuple(_types(x) for x in v)) if type(v) is tuple else type(v).__name__


if __name__ == "__main__":
    main()
