# Checks of Interpreter.prepare_main() shared by the profiles whose documents state its sentence.
from concurrent import interpreters


def check_prepare_main_kwargs_bind_and_override():
    """Names come from the ns mapping and from keyword arguments; a keyword wins over the same key in ns."""
    interp = interpreters.create()
    try:
        interp.prepare_main({"a": 1, "b": "from ns"}, b="from kwargs", c=3)
        interp.exec(
            "assert (a, b, c) == (1, 'from kwargs', 3), "
            "f'(a, b, c) in the sub is {(a, b, c)!r}, expected (1, \"from kwargs\", 3)'\n")
        interp.prepare_main(d=4)
        interp.exec("assert d == 4 and a == 1, f'second prepare_main: d={d!r} a={a!r}'\n")
        interp.prepare_main(a="rebound")
        interp.exec("assert a == 'rebound', f'prepare_main must rebind an existing name: a is {a!r}'\n")
    finally:
        interp.close()
