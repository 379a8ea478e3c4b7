# ---
# clause: api:Interpreter.prepare_main
# quote: Bind "shareable" objects in the interpreter's __main__ module.
# level: must
# features: shareable
# description: prepare_main binds the empty str in __main__ with the same type and value
# ---
from concurrent import interpreters


def shape(v):
    """repr() shows what matters (bool vs int, -0.0, nan, escapes); the type names are compared as well."""
    types = (type(v).__name__, tuple(shape(x)[1] for x in v)) if type(v) is tuple else type(v).__name__
    return repr(v), types


def main():
    value = ''
    # Each element of a tuple is bound on its own too: a runtime may convert top-level values only.
    items = {f"item{i}": x for i, x in enumerate(value)} if type(value) is tuple else {}
    bound = dict(value=value, **items)
    interp = interpreters.create()
    try:
        interp.prepare_main(bound)
        interp.exec("def shape(v):\n"
                    "    types = (type(v).__name__, tuple(shape(x)[1] for x in v)) if type(v) is tuple else type(v).__name__\n"
                    "    return repr(v), types\n"
                    f"expected = {dict((k, shape(v)) for k, v in bound.items())!r}\n"
                    "for name, want in expected.items():\n"
                    "    got = shape(globals()[name])\n"
                    "    assert got == want, f'{name} was bound as {got[0]:.200} ({got[1]}), sent {want[0]:.200} ({want[1]})'\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
