# ---
# clause: section:key-details
# quote: In the context of multiple interpreters, "isolated" means that different interpreters do not share any state.
# level: must
# features: isolation
# description: sys.path, sys.modules, the recursion limit and imported module objects stay per interpreter
# ---
import sys
from concurrent import interpreters


def main():
    path_before = list(sys.path)
    limit_before = sys.getrecursionlimit()
    interp = interpreters.create()
    try:
        interp.exec("import sys\n"
                    "sys.path.append('/only/in/the/sub')\n"
                    "sys.setrecursionlimit(sys.getrecursionlimit() + 123)\n"
                    "sys.modules['only_in_sub'] = sys\n"
                    "import json\n"
                    "json.ONLY_IN_SUB = True\n")
        assert sys.path == path_before, "sys.path changed by the subinterpreter shows in main"
        assert sys.getrecursionlimit() == limit_before, "the sub's recursion limit changed main's"
        assert "only_in_sub" not in sys.modules, "sys.modules is shared with the subinterpreter"
        import json
        assert not hasattr(json, "ONLY_IN_SUB"), "a module object is shared with the subinterpreter"
        interp.exec("import sys\nassert '/only/in/the/sub' in sys.path\n")
    finally:
        interp.close()


if __name__ == "__main__":
    main()
