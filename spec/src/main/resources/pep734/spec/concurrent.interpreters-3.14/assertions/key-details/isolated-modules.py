# ---
# clause: section:key-details
# quote: In the context of multiple interpreters, "isolated" means that different interpreters do not share any state.
# quote: isolated, by default
# level: must
# features: isolation
# description: each interpreter has its own sys.modules, module objects and sys.path; changes in one are invisible in the other
# ---
import json
import sys
from concurrent import interpreters


def main():
    json.tck_marker = "main only"
    interp = interpreters.create()
    try:
        interp.exec(
            "import json, sys\n"
            "assert not hasattr(json, 'tck_marker'), 'the sub sees an attribute main set on its json module'\n"
            "json.tck_sub_marker = 'sub only'\n"
            "sys.path.append('/tck/sub/only')\n"
            "sys.tck_flag = True\n")
        assert not hasattr(json, "tck_sub_marker"), "an attribute the sub set on its json module appeared in main's json"
        assert "/tck/sub/only" not in sys.path, "the sub's sys.path.append changed main's sys.path"
        assert not hasattr(sys, "tck_flag"), "the sub's sys attribute appeared in main's sys"
        interp.exec("assert json.tck_sub_marker == 'sub only' and sys.tck_flag is True\n")
    finally:
        interp.close()
        del json.tck_marker


if __name__ == "__main__":
    main()
