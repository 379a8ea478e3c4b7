# ---
# clause: section:running-code-in-an-interpreter
# quote: When it runs, the code is executed using the interpreter's __main__ module, just like a Python process normally does:
# level: must
# features: exec
# description: exec() runs the code with the subinterpreter's own __main__ module as globals, __name__ == '__main__'
# ---
import __main__
from concurrent import interpreters


def main():
    interp = interpreters.create()
    out = interpreters.create_queue()
    try:
        interp.prepare_main(out=out)
        interp.exec("import sys\n"
                    "m = sys.modules['__main__']\n"
                    "out.put((__name__, globals() is m.__dict__, m.__name__))\n"
                    "defined_here = 'yes'\n"
                    "out.put(getattr(sys.modules['__main__'], 'defined_here', None))\n")
        name, is_main_dict, module_name = out.get(timeout=10)
        assert name == "__main__", f"__name__ in the interpreter is {name!r}, expected '__main__'"
        assert is_main_dict is True, "the code's globals are not the interpreter's __main__ module's namespace"
        assert module_name == "__main__", f"sys.modules['__main__'].__name__ is {module_name!r}"
        assert out.get(timeout=10) == "yes", "a name the code bound is not an attribute of the interpreter's __main__"
        # ... and that module is the interpreter's own, not the main interpreter's
        assert not hasattr(__main__, "defined_here"), "the code ran in the main interpreter's __main__"
        interp.exec("import __main__ as m2\nout.put(m2.defined_here)")
        assert out.get(timeout=10) == "yes", "a later 'import __main__' in the interpreter did not find the name"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
