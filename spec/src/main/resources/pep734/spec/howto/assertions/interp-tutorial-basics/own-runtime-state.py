# ---
# clause: section:interp-tutorial-basics
# quote: Each interpreter has its own __main__ module, its own sys.modules, and, in fact, its own set of all runtime state.
# level: must
# features: isolation
# description: builtins, sys.path and sys.stdout changed in one interpreter stay unchanged in the others
# ---
import builtins
import io
import sys
from concurrent import interpreters


def main():
    a = interpreters.create()
    b = interpreters.create()
    out = interpreters.create_queue()
    path_before = list(sys.path)
    try:
        for interp in (a, b):
            interp.prepare_main(out=out)
        a.exec("import builtins, sys\n"
               "builtins.spam_marker = 'a'\n"
               "sys.path.insert(0, '/nonexistent/set-by-a')\n"
               "out.put((spam_marker, sys.path[0]))\n")
        assert out.get(timeout=10) == ("a", "/nonexistent/set-by-a"), "interpreter a did not see its own changes"
        assert not hasattr(builtins, "spam_marker"), "a builtin added in a subinterpreter appeared in the main interpreter"
        assert sys.path == path_before, f"sys.path changed in a subinterpreter changed main's: {sys.path!r}"
        b.exec("import builtins, sys\n"
               "out.put((hasattr(builtins, 'spam_marker'), '/nonexistent/set-by-a' in sys.path))\n")
        assert out.get(timeout=10) == (False, False), "interpreter b sees builtins or sys.path changed by interpreter a"

        # sys.stdout: replacing main's does not capture what a subinterpreter prints, and the reverse
        captured = io.StringIO()
        saved = sys.stdout
        sys.stdout = captured
        try:
            a.exec("import sys\n"
                   "print('printed by a', file=sys.stderr)\n"   # keep the real stdout clean
                   "out.put(type(sys.stdout).__name__)\n")
        finally:
            sys.stdout = saved
        kind = out.get(timeout=10)
        assert kind != "StringIO", "replacing sys.stdout in the main interpreter replaced the subinterpreter's too"
        a.exec("import io, sys\n"
               "sys.stdout = io.StringIO()\n"
               "print('kept in a')\n"
               "out.put(sys.stdout.getvalue())\n")
        assert out.get(timeout=10) == "kept in a\n"
        assert sys.stdout is saved and not isinstance(sys.stdout, io.StringIO), (
            "replacing sys.stdout in a subinterpreter replaced the main interpreter's")
        b.exec("import io, sys\nout.put(isinstance(sys.stdout, io.StringIO))")
        assert out.get(timeout=10) is False, "interpreter b got interpreter a's replaced sys.stdout"
    finally:
        a.close()
        b.close()


if __name__ == "__main__":
    main()
