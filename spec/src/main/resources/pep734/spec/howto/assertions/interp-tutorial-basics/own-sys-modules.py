# ---
# clause: section:interp-tutorial-basics
# quote: Each interpreter has its own __main__ module, its own sys.modules, and, in fact, its own set of all runtime state.
# level: must
# features: isolation
# description: a module imported in a subinterpreter is not in the main interpreter's sys.modules, and the reverse
# ---
import sys
from concurrent import interpreters

# stdlib modules nothing imports at startup; the first one the main interpreter has not imported is used
CANDIDATES = ["colorsys", "wave", "netrc", "tabnanny", "shlex", "calendar", "fractions"]


def main():
    name = next((m for m in CANDIDATES if m not in sys.modules), None)
    assert name is not None, f"all of {CANDIDATES} are already imported in the main interpreter"
    interp = interpreters.create()
    out = interpreters.create_queue()
    try:
        interp.prepare_main(out=out, name=name)
        interp.exec("import sys\n"
                    "before = name in sys.modules\n"
                    "__import__(name)\n"
                    "out.put((before, name in sys.modules))\n")
        before, after = out.get(timeout=10)
        assert before is False and after is True, f"in the subinterpreter: {name} in sys.modules before/after import: {before}/{after}"
        assert name not in sys.modules, f"importing {name} in a subinterpreter put it in the main interpreter's sys.modules"

        # the reverse: a module imported now in main is not in the subinterpreter's sys.modules
        other = next((m for m in CANDIDATES if m not in sys.modules and m != name), None)
        __import__(other)
        interp.prepare_main(other=other)
        interp.exec("out.put(other in sys.modules)")
        assert out.get(timeout=10) is False, f"importing {other} in the main interpreter put it in the subinterpreter's sys.modules"

        # a change to a module's attribute stays in the interpreter that made it
        interp.exec("import json\njson.marker = 'sub'\nout.put(json.marker)")
        assert out.get(timeout=10) == "sub"
        import json
        assert not hasattr(json, "marker"), "setting json.marker in a subinterpreter changed the main interpreter's json module"
    finally:
        interp.close()


if __name__ == "__main__":
    main()
