# ---
# clause: section:interpreters-low-level-interpreters-api
# quote: More information about (sub)interpreters is found at sub-interpreter-support, including what data is shared between interpreters and what is unique.
# level: should
# features: lowlevel, isolation
# description: module state, sys attributes and __main__ globals are unique to each interpreter; the process environment is shared
# ---
import _interpreters
import os
import sys

import json


def main():
    json.marker_from_main = "main"
    sys.marker_from_main = "main"
    secret = "main-only-global"
    os.environ["PEP734_LOWLEVEL_SHARED"] = "from-main"
    a = _interpreters.create()
    b = _interpreters.create()
    try:
        code = ("import json, sys, os\n"
                "seen = (hasattr(json, 'marker_from_main'), hasattr(sys, 'marker_from_main'),\n"
                "        'secret' in globals(), os.environ.get('PEP734_LOWLEVEL_SHARED'))\n"
                "json.marker_from_sub = 1\n")
        ns = _interpreters.run_string_unrestricted(a, code)
        assert tuple(ns["seen"]) == (False, False, False, "from-main"), (
            f"a new interpreter saw (json attr, sys attr, main global, environ) = {ns['seen']!r}; expected "
            "(False, False, False, 'from-main'): modules and globals are unique, the process environment is shared")
        ns = _interpreters.run_string_unrestricted(b, "import json\nseen = hasattr(json, 'marker_from_sub')\n")
        assert ns["seen"] is False, "a module attribute set in one subinterpreter leaked into another"
        assert not hasattr(json, "marker_from_sub"), "a module attribute set in a subinterpreter leaked into main"
        assert secret == "main-only-global"
    finally:
        _interpreters.destroy(a)
        _interpreters.destroy(b)
        del os.environ["PEP734_LOWLEVEL_SHARED"]


if __name__ == "__main__":
    main()
