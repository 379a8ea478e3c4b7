# ---
# clause: section:interp-tutorial-basics
# quote: Each interpreter has its own __main__ module, its own sys.modules, and, in fact, its own set of all runtime state.
# level: must
# features: isolation
# description: names bound in one interpreter's __main__ are not seen in the main interpreter's or another's
# ---
import __main__
from concurrent import interpreters

marker_in_main = "set by the main interpreter"


def main():
    a = interpreters.create()
    b = interpreters.create()
    out = interpreters.create_queue()
    try:
        for interp in (a, b):
            interp.prepare_main(out=out)
        # the main interpreter's __main__ has marker_in_main; a new interpreter's __main__ must not
        a.exec("import __main__\n"
               "out.put(hasattr(__main__, 'marker_in_main'))\n"
               "marker_in_a = 'a'\n")
        assert out.get(timeout=10) is False, "a new interpreter's __main__ has a name bound in the main interpreter's"
        assert not hasattr(__main__, "marker_in_a"), "a name bound in a subinterpreter's __main__ appeared in main's"
        b.exec("out.put('marker_in_a' in globals())\n"
               "marker_in_main = 'overwritten by b'\n")
        assert out.get(timeout=10) is False, "interpreter b sees a name bound in interpreter a's __main__"
        assert marker_in_main == "set by the main interpreter", (
            f"binding marker_in_main in interpreter b changed the main interpreter's to {marker_in_main!r}")
        a.exec("out.put((marker_in_a, 'marker_in_main' in globals()))")
        got = out.get(timeout=10)
        assert got == ("a", False), f"interpreter a's __main__ changed by b: (marker_in_a, has marker_in_main) = {got!r}"
    finally:
        a.close()
        b.close()


if __name__ == "__main__":
    main()
