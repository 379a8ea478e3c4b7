# Binds a value with prepare_main and checks, inside the interpreter, that it arrived with the same shape.
from concurrent import interpreters as _binds_interpreters


def shape(v):
    """repr() shows what matters (bool vs int, -0.0, nan, escapes); the type names are compared as well."""
    types = (type(v).__name__, tuple(shape(x)[1] for x in v)) if type(v) is tuple else type(v).__name__
    return repr(v), types


def check_binds_unchanged(value):
    """Binds ``value`` (and, for a tuple, each element on its own too: a runtime may convert top-level values
    only) in a new interpreter's __main__ and asserts there that every name has the repr and type names sent."""
    items = {f"item{i}": x for i, x in enumerate(value)} if type(value) is tuple else {}
    bound = dict(value=value, **items)
    interp = _binds_interpreters.create()
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
